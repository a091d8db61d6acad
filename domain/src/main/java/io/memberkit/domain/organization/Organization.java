package io.memberkit.domain.organization;

import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.common.Slug;
import io.memberkit.domain.common.WebUrl;
import io.memberkit.domain.error.Gone;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** An organization. Deletion is soft: {@code deleted} is set and the organization is {@link Gone} to outsiders. */
public record Organization(OrganizationId id, String name, String acronym, Slug slug, String description, WebUrl url,
                           String logo, BusinessNumber businessNumber, Set<Badge> badges, Instant created,
                           Instant lastModified, Instant deleted, OrganizationMetrics metrics) {
    public Organization {
        Require.present(id, "id");
        Require.present(slug, "slug");
        var details = new OrganizationDetails(name, acronym, description, url, logo, businessNumber);
        name = details.name();
        acronym = details.acronym();
        description = details.description();
        logo = details.logo();
        badges = badges == null || badges.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(badges));
        Require.present(created, "created");
        lastModified = lastModified == null ? created : lastModified;
        metrics = metrics == null ? OrganizationMetrics.ZERO : metrics;
    }

    public boolean isDeleted() {
        return deleted != null;
    }

    public OrganizationDetails details() {
        return new OrganizationDetails(name, acronym, description, url, logo, businessNumber);
    }

    public Organization withDetails(OrganizationDetails d, Instant now) {
        return new Organization(id, d.name(), d.acronym(), slug, d.description(), d.url(), d.logo(),
                d.businessNumber(), badges, created, now, deleted, metrics);
    }

    public Organization withBadges(Set<Badge> newBadges, Instant now) {
        return new Organization(id, name, acronym, slug, description, url, logo, businessNumber, newBadges, created,
                now, deleted, metrics);
    }

    public Organization deletedAt(Instant now) {
        return new Organization(id, name, acronym, slug, description, url, logo, businessNumber, badges, created,
                now, now, metrics);
    }

    /** Refuses with {@link Gone} when deleted, as uData's 410. */
    public Organization requireNotDeleted() {
        if (isDeleted()) {
            throw new Gone("Organization has been deleted");
        }
        return this;
    }

    public boolean hasBadge(Badge badge) {
        return badges.contains(badge);
    }

    /** Badges plus one, as an EnumSet copy. */
    Set<Badge> badgesWith(Badge badge) {
        var set = badges.isEmpty() ? EnumSet.noneOf(Badge.class) : EnumSet.copyOf(badges);
        set.add(badge);
        return set;
    }

    Set<Badge> badgesWithout(Badge badge) {
        var set = badges.isEmpty() ? EnumSet.noneOf(Badge.class) : EnumSet.copyOf(badges);
        set.remove(badge);
        return set;
    }
}
