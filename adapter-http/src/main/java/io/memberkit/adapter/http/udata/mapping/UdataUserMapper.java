package io.memberkit.adapter.http.udata.mapping;

import io.memberkit.adapter.http.udata.wire.UdataOrganizationRef;
import io.memberkit.adapter.http.udata.wire.UdataProfileWrite;
import io.memberkit.adapter.http.udata.wire.UdataUser;
import io.memberkit.adapter.http.udata.wire.UdataUserRef;
import io.memberkit.adapter.http.udata.wire.UdataUserSuggestion;
import io.memberkit.adapter.http.udata.wire.UdataUserWrite;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.user.User;
import java.time.Instant;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Accounts, both ways: a uData user payload to memberkit's {@link User}, and a {@link User} to what uData serves. */
@Mapper(config = UdataMapping.class)
public interface UdataUserMapper {
    UdataUserMapper INSTANCE = Mappers.getMapper(UdataUserMapper.class);

    // MapStruct takes the records' withProfile/withRoles/withActive for fluent setters: they are not fields
    /** {@code active} absent means active: uData hides inactive accounts from non-admins behind a 410. */
    @Mapping(target = "lastLogin", source = "lastLoginAt")
    @Mapping(target = "active", source = "active", defaultValue = "true")
    @Mapping(target = "withProfile", ignore = true)
    @Mapping(target = "withRoles", ignore = true)
    @Mapping(target = "withActive", ignore = true)
    // uData confirms an address before the account can be used: a remote account's email counts as verified
    @Mapping(target = "emailVerified", constant = "true")
    User toDomain(UdataUser user);

    /** An account as uData serves it; {@code email} and {@code last_login_at} as given (the caller decides who sees). */
    @Mapping(target = "lastLoginAt", source = "lastLogin")
    @Mapping(target = "avatarThumbnail", source = "avatar")
    @Mapping(target = "organizations", ignore = true)
    @Mapping(target = "page", ignore = true)
    @Mapping(target = "uri", source = "id", qualifiedByName = "userUri")
    UdataUser toWire(User user);

    /** As {@code GET /me/} serves the signed-in account: with its organizations. */
    @Mapping(target = "id", source = "user.id")
    @Mapping(target = "lastLoginAt", source = "user.lastLogin")
    @Mapping(target = "avatarThumbnail", source = "user.avatar")
    @Mapping(target = "organizations", source = "organizations")
    @Mapping(target = "page", ignore = true)
    @Mapping(target = "uri", source = "user.id", qualifiedByName = "userUri")
    UdataUser toWire(User user, List<Organization> organizations);

    default UdataOrganizationRef organization(Organization organization) {
        return UdataOrganizationMapper.INSTANCE.toReference(organization);
    }

    /**
     * An account as a member list shows it. uData's reference has no registration date, site roles, about or website:
     * {@code since} stands in for the registration date (callers pass the membership's date, an upper bound, since
     * one registers before joining), and the others are empty. Listed members are usable accounts.
     */
    @Mapping(target = "id", source = "ref.id")
    @Mapping(target = "slug", source = "ref.slug")
    @Mapping(target = "firstName", source = "ref.firstName")
    @Mapping(target = "lastName", source = "ref.lastName")
    @Mapping(target = "email", source = "ref.email")
    @Mapping(target = "avatar", source = "ref.avatar")
    @Mapping(target = "lastLogin", source = "ref.lastLoginAt")
    @Mapping(target = "since", source = "since")
    @Mapping(target = "about", ignore = true)
    @Mapping(target = "website", ignore = true)
    @Mapping(target = "roles", ignore = true)
    @Mapping(target = "active", constant = "true")
    @Mapping(target = "deleted", ignore = true)
    @Mapping(target = "withProfile", ignore = true)
    @Mapping(target = "withRoles", ignore = true)
    @Mapping(target = "withActive", ignore = true)
    @Mapping(target = "emailVerified", constant = "true")
    User fromReference(UdataUserRef ref, Instant since);

    @Mapping(target = "kind", constant = "User")
    @Mapping(target = "lastLoginAt", source = "lastLogin")
    @Mapping(target = "avatarThumbnail", source = "avatar")
    @Mapping(target = "page", ignore = true)
    @Mapping(target = "uri", source = "id", qualifiedByName = "userUri")
    UdataUserRef toReference(User user);

    @Mapping(target = "avatarUrl", source = "avatar")
    UdataUserSuggestion toSuggestion(User user);

    @Mapping(target = "email", source = "email", qualifiedByName = "address")
    UdataUserWrite toWrite(User user);

    @Mapping(target = "email", source = "email", qualifiedByName = "address")
    UdataProfileWrite toProfileWrite(User user);
}
