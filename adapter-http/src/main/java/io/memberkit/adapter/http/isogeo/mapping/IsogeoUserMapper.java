package io.memberkit.adapter.http.isogeo.mapping;

import io.memberkit.adapter.http.isogeo.wire.IsogeoAccount;
import io.memberkit.domain.user.User;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/**
 * An Isogeo account as memberkit's {@link User}. Isogeo's phone, postal address, interface language and time zone
 * have no place in memberkit's model and stay in the wire record ({@code IsogeoClient} reads them for callers who
 * need them); Isogeo has no about, website, avatar or last login. An account Isogeo answers for is active.
 */
@Mapper(config = IsogeoMapping.class)
public interface IsogeoUserMapper {
    IsogeoUserMapper INSTANCE = Mappers.getMapper(IsogeoUserMapper.class);

    @Mapping(target = "id", source = "id")
    @Mapping(target = "slug", source = ".", qualifiedByName = "userSlug")
    @Mapping(target = "firstName", source = ".", qualifiedByName = "firstName")
    @Mapping(target = "lastName", source = ".", qualifiedByName = "lastName")
    @Mapping(target = "email", source = "contact.email")
    @Mapping(target = "roles", source = "staff", qualifiedByName = "siteRoles")
    @Mapping(target = "since", source = "created")
    @Mapping(target = "active", constant = "true")
    @Mapping(target = "about", ignore = true)
    @Mapping(target = "website", ignore = true)
    @Mapping(target = "avatar", ignore = true)
    @Mapping(target = "lastLogin", ignore = true)
    @Mapping(target = "deleted", ignore = true)
    // MapStruct takes the record's withProfile/withRoles/withActive for fluent setters: they are not fields
    @Mapping(target = "withProfile", ignore = true)
    @Mapping(target = "withRoles", ignore = true)
    @Mapping(target = "withActive", ignore = true)
    // an Isogeo account signs in with its address: the provider confirmed it
    @Mapping(target = "emailVerified", constant = "true")
    User toDomain(IsogeoAccount account);
}
