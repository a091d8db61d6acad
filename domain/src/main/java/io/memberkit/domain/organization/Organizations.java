package io.memberkit.domain.organization;

import io.memberkit.domain.common.Change;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Slug;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.Gone;
import io.memberkit.domain.error.NotFound;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * What creating, editing and deleting an organization does. Who may do it is {@code permission.Permissions}'
 * business: callers check it first.
 */
public final class Organizations {
    private Organizations() {
    }

    /** A new organization with a unique slug from its name. Its creator becomes its admin (see MembershipEvent). */
    public static Change<Organization> create(OrganizationId id, OrganizationDetails details, UserId creator,
                                              Predicate<Slug> slugTaken, Instant now) {
        var slug = Slug.from(details.name()).unique(slugTaken);
        var organization = new Organization(id, details.name(), details.acronym(), slug, details.description(),
                details.url(), details.logo(), details.businessNumber(), null, now, now, null,
                new OrganizationMetrics(1, 0, 0, 0, 0));
        return Change.of(organization, new OrganizationLifecycle.OrganizationCreated(creator, now, id, details.name()));
    }

    public static Change<Organization> update(Organization organization, OrganizationDetails details, UserId actor,
                                              Instant now) {
        organization.requireNotDeleted();
        if (organization.details().equals(details)) {
            return Change.none(organization);
        }
        return Change.of(organization.withDetails(details, now),
                new OrganizationLifecycle.OrganizationUpdated(actor, now, organization.id()));
    }

    /** Soft delete; deleting twice is {@link Gone}, as uData's 410. */
    public static Change<Organization> delete(Organization organization, UserId actor, Instant now) {
        organization.requireNotDeleted();
        return Change.of(organization.deletedAt(now),
                new OrganizationLifecycle.OrganizationDeleted(actor, now, organization.id()));
    }

    /** Adding a badge it already has changes nothing. */
    public static Change<Organization> addBadge(Organization organization, Badge badge, UserId actor, Instant now) {
        organization.requireNotDeleted();
        if (organization.hasBadge(badge)) {
            return Change.none(organization);
        }
        return Change.of(organization.withBadges(organization.badgesWith(badge), now),
                new OrganizationLifecycle.BadgeAdded(actor, now, organization.id(), badge));
    }

    public static Change<Organization> removeBadge(Organization organization, Badge badge, UserId actor, Instant now) {
        organization.requireNotDeleted();
        if (!organization.hasBadge(badge)) {
            throw new NotFound("The organization has no badge " + badge);
        }
        return Change.of(organization.withBadges(organization.badgesWithout(badge), now),
                new OrganizationLifecycle.BadgeRemoved(actor, now, organization.id(), badge));
    }
}
