package io.memberkit.adapter.http.isogeo.mapping;

import io.memberkit.adapter.http.common.QualifiedIds;
import io.memberkit.adapter.http.common.RemoteValues;
import io.memberkit.adapter.http.isogeo.wire.IsogeoAccount;
import io.memberkit.adapter.http.isogeo.wire.IsogeoContact;
import io.memberkit.adapter.http.isogeo.wire.IsogeoMembership;
import io.memberkit.adapter.http.isogeo.wire.IsogeoWorkgroup;
import io.memberkit.domain.common.Email;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Slug;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.user.SiteRole;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.mapstruct.Named;

/**
 * Isogeo's values as memberkit's (MapStruct picks these static methods by type or by name):
 * <ul>
 *   <li>ids are qualified, {@code isogeo:<_id>} ({@link QualifiedIds});</li>
 *   <li>a person's one {@code contact.name}, "Prénom NOM" by Isogeo's convention, is split into first and last
 *       name ({@link RemoteValues#splitName}); the slug is the name's, or the id's when the name has no letter;</li>
 *   <li>{@code staff} (Isogeo's own team, who administer every workgroup) is the site admin role;</li>
 *   <li>roles: admin -> admin, writer (or editor) -> editor, reader -> partial editor (see the README's role
 *       table: a reader edits nothing, and a partial editor with nothing assigned edits nothing); any other role
 *       makes the payload a bad answer.</li>
 * </ul>
 * Isogeo keeps no membership date: a member's {@code since} is the later of the account's and the workgroup's
 * creation, the earliest the membership can have begun.
 */
public final class IsogeoValues {
    public static final QualifiedIds IDS = new QualifiedIds("isogeo");

    private IsogeoValues() {
    }

    public static UserId userId(String id) {
        return id == null ? null : IDS.user(id);
    }

    public static OrganizationId organizationId(String id) {
        return id == null ? null : IDS.organization(id);
    }

    public static Instant instant(String value) {
        return RemoteValues.instant(value);
    }

    public static Email email(String value) {
        return RemoteValues.email(value);
    }

    private static String name(IsogeoContact contact) {
        return contact == null ? null : contact.name();
    }

    @Named("firstName")
    public static String firstName(IsogeoAccount account) {
        return RemoteValues.personName("first_name", RemoteValues.splitName(name(account.contact()))[0]);
    }

    @Named("lastName")
    public static String lastName(IsogeoAccount account) {
        return RemoteValues.personName("last_name", RemoteValues.splitName(name(account.contact()))[1]);
    }

    @Named("userSlug")
    public static Slug userSlug(IsogeoAccount account) {
        return RemoteValues.slug(name(account.contact()), account.id());
    }

    @Named("groupSlug")
    public static Slug groupSlug(IsogeoWorkgroup group) {
        return RemoteValues.slug(name(group.contact()), group.id());
    }

    @Named("groupName")
    public static String groupName(IsogeoWorkgroup group) {
        var name = name(group.contact());
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("workgroup " + group.id() + " has no contact name");
        }
        return name;
    }

    @Named("siteRoles")
    public static Set<SiteRole> siteRoles(Boolean staff) {
        return Boolean.TRUE.equals(staff) ? EnumSet.of(SiteRole.ADMIN) : EnumSet.noneOf(SiteRole.class);
    }

    public static MemberRole role(String value) {
        if (value == null) {
            throw new IllegalArgumentException("a membership without a role");
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "admin" -> MemberRole.ADMIN;
            case "writer", "editor" -> MemberRole.EDITOR;
            case "reader" -> MemberRole.PARTIAL_EDITOR;
            default -> throw new IllegalArgumentException("unknown role '" + value + "'");
        };
    }

    @Named("since")
    public static Instant since(IsogeoMembership membership) {
        var since = RemoteValues.latest(membership.user() == null ? null : instant(membership.user().created()),
                membership.group() == null ? null : instant(membership.group().created()));
        if (since == null) {
            throw new IllegalArgumentException("membership " + membership.id() + " has no date to start from");
        }
        return since;
    }
}
