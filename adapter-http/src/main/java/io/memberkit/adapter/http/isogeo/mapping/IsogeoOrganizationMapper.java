package io.memberkit.adapter.http.isogeo.mapping;

import io.memberkit.adapter.http.isogeo.wire.IsogeoWorkgroup;
import io.memberkit.domain.organization.Organization;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/**
 * A workgroup as memberkit's {@link Organization}: its contact card's name, its dates. The workgroup's capabilities
 * and settings ({@code canCreateMetadata}, {@code hasCswClient}, {@code metadataLanguage}…) and its contact's
 * email and address have no place in memberkit's model and stay in the wire record; Isogeo shows no acronym,
 * description, site, logo, SIRET, badges or counters here.
 */
@Mapper(config = IsogeoMapping.class)
public interface IsogeoOrganizationMapper {
    IsogeoOrganizationMapper INSTANCE = Mappers.getMapper(IsogeoOrganizationMapper.class);

    @Mapping(target = "id", source = "id")
    @Mapping(target = "name", source = ".", qualifiedByName = "groupName")
    @Mapping(target = "slug", source = ".", qualifiedByName = "groupSlug")
    @Mapping(target = "created", source = "created")
    @Mapping(target = "lastModified", source = "modified")
    @Mapping(target = "acronym", ignore = true)
    @Mapping(target = "description", ignore = true)
    @Mapping(target = "url", ignore = true)
    @Mapping(target = "logo", ignore = true)
    @Mapping(target = "businessNumber", ignore = true)
    @Mapping(target = "badges", ignore = true)
    @Mapping(target = "deleted", ignore = true)
    @Mapping(target = "metrics", ignore = true)
    @Mapping(target = "deletedAt", ignore = true) // a method of the record MapStruct takes for a fluent setter
    Organization toDomain(IsogeoWorkgroup group);
}
