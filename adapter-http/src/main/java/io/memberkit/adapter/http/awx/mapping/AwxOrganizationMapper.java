package io.memberkit.adapter.http.awx.mapping;

import io.memberkit.adapter.http.awx.wire.AwxOrganization;
import io.memberkit.domain.organization.Organization;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/**
 * An AWX organization as memberkit's {@link Organization}: name, description, dates, and the direct members'
 * count. AWX has no acronym, site, logo, SIRET or badges; its roles ({@code summary_fields.object_roles}) are read
 * by the member repository, not kept on the organization.
 */
@Mapper(config = AwxMapping.class)
public interface AwxOrganizationMapper {
    AwxOrganizationMapper INSTANCE = Mappers.getMapper(AwxOrganizationMapper.class);

    @Mapping(target = "id", source = "id")
    @Mapping(target = "name", source = "name")
    @Mapping(target = "slug", source = ".", qualifiedByName = "organizationSlug")
    @Mapping(target = "description", source = "description")
    @Mapping(target = "created", source = "created")
    @Mapping(target = "lastModified", source = "modified")
    @Mapping(target = "metrics", source = "summaryFields")
    @Mapping(target = "acronym", ignore = true)
    @Mapping(target = "url", ignore = true)
    @Mapping(target = "logo", ignore = true)
    @Mapping(target = "businessNumber", ignore = true)
    @Mapping(target = "badges", ignore = true)
    @Mapping(target = "deleted", ignore = true)
    @Mapping(target = "deletedAt", ignore = true) // a method of the record MapStruct takes for a fluent setter
    Organization toDomain(AwxOrganization organization);
}
