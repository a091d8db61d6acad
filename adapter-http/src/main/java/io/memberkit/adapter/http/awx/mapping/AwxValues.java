package io.memberkit.adapter.http.awx.mapping;

import io.memberkit.adapter.http.common.QualifiedIds;
import io.memberkit.adapter.http.common.RemoteValues;
import io.memberkit.adapter.http.awx.wire.AwxOrganization;
import io.memberkit.adapter.http.awx.wire.AwxOrganizationSummary;
import io.memberkit.adapter.http.awx.wire.AwxUser;
import io.memberkit.domain.common.Email;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Slug;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.organization.OrganizationMetrics;
import io.memberkit.domain.user.SiteRole;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.mapstruct.Named;

/**
 * AWX's values as memberkit's (MapStruct picks these static methods by type or by name):
 * <ul>
 *   <li>ids are qualified, {@code awx:<id>} ({@link QualifiedIds}): AWX numbers users and organizations from 1;</li>
 *   <li>a user's slug is their user name's (unique in AWX); an organization's, its name's (unique in AWX too);</li>
 *   <li>AWX allows empty first and last names (its default admin has none), memberkit does not: an empty one is
 *       the user name, or its part before '@' when the user name is an address;</li>
 *   <li>{@code is_superuser} is the site admin role; {@code is_system_auditor} has no memberkit equivalent;</li>
 *   <li>roles come from which list a user is in: an organization's {@code admins/} ({@link #ADMINS}) or its
 *       {@code users/} ({@link #USERS}).</li>
 * </ul>
 * AWX keeps no membership date: a member's {@code since} is the later of the account's and the organization's
 * creation, the earliest the membership can have begun.
 */
public final class AwxValues {
    public static final QualifiedIds IDS = new QualifiedIds("awx");
    /** The role of the users in an organization's {@code admins/} ({@code admin_role}). */
    public static final MemberRole ADMINS = MemberRole.ADMIN;
    /** The role of the users in an organization's {@code users/} ({@code member_role}) who are not admins. */
    public static final MemberRole USERS = MemberRole.EDITOR;

    private AwxValues() {
    }

    public static UserId userId(Long id) {
        return id == null ? null : IDS.user(id);
    }

    public static OrganizationId organizationId(Long id) {
        return id == null ? null : IDS.organization(id);
    }

    public static Instant instant(String value) {
        return RemoteValues.instant(value);
    }

    public static Email email(String value) {
        return RemoteValues.email(value);
    }

    @Named("firstName")
    public static String firstName(AwxUser user) {
        return RemoteValues.personName("first_name", user.firstName(), user.username(),
                RemoteValues.beforeAt(user.username()));
    }

    @Named("lastName")
    public static String lastName(AwxUser user) {
        return RemoteValues.personName("last_name", user.lastName(), user.username(),
                RemoteValues.beforeAt(user.username()));
    }

    @Named("userSlug")
    public static Slug userSlug(AwxUser user) {
        return RemoteValues.slug(user.username(), "user-" + user.id());
    }

    @Named("organizationSlug")
    public static Slug organizationSlug(AwxOrganization organization) {
        return RemoteValues.slug(organization.name(), "organization-" + organization.id());
    }

    @Named("siteRoles")
    public static Set<SiteRole> siteRoles(Boolean superuser) {
        return Boolean.TRUE.equals(superuser) ? EnumSet.of(SiteRole.ADMIN) : EnumSet.noneOf(SiteRole.class);
    }

    /** AWX's direct members ({@code users}) as memberkit's members counter; the rest AWX does not count. */
    public static OrganizationMetrics metrics(AwxOrganizationSummary summary) {
        if (summary == null || summary.relatedFieldCounts() == null) {
            return null;
        }
        var users = summary.relatedFieldCounts().users();
        return new OrganizationMetrics(users == null || users < 0 ? 0 : users, 0, 0, 0, 0);
    }

    public static Instant since(AwxUser user, AwxOrganization organization) {
        var since = RemoteValues.latest(instant(user.created()), instant(organization.created()));
        if (since == null) {
            throw new IllegalArgumentException("neither user " + user.id() + " nor organization " + organization.id()
                    + " has a creation date");
        }
        return since;
    }
}
