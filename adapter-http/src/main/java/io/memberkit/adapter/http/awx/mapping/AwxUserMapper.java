package io.memberkit.adapter.http.awx.mapping;

import io.memberkit.adapter.http.awx.wire.AwxUser;
import io.memberkit.domain.user.User;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/**
 * An AWX user as memberkit's {@link User}. AWX has no about, website or avatar, and shows no inactive accounts
 * through the API: a user it lists is active. {@code ldap_dn} and {@code external_account} (how the account signs
 * in) have no place in memberkit's model.
 */
@Mapper(config = AwxMapping.class)
public interface AwxUserMapper {
    AwxUserMapper INSTANCE = Mappers.getMapper(AwxUserMapper.class);

    @Mapping(target = "id", source = "id")
    @Mapping(target = "slug", source = ".", qualifiedByName = "userSlug")
    @Mapping(target = "firstName", source = ".", qualifiedByName = "firstName")
    @Mapping(target = "lastName", source = ".", qualifiedByName = "lastName")
    @Mapping(target = "email", source = "email")
    @Mapping(target = "roles", source = "isSuperuser", qualifiedByName = "siteRoles")
    @Mapping(target = "since", source = "created")
    @Mapping(target = "lastLogin", source = "lastLogin")
    @Mapping(target = "active", constant = "true")
    @Mapping(target = "about", ignore = true)
    @Mapping(target = "website", ignore = true)
    @Mapping(target = "avatar", ignore = true)
    @Mapping(target = "deleted", ignore = true)
    // MapStruct takes the record's withProfile/withRoles/withActive for fluent setters: they are not fields
    @Mapping(target = "withProfile", ignore = true)
    @Mapping(target = "withRoles", ignore = true)
    @Mapping(target = "withActive", ignore = true)
    // an AWX administrator types addresses in; nobody confirmed them
    @Mapping(target = "emailVerified", constant = "false")
    User toDomain(AwxUser user);
}
