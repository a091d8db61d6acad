package io.memberkit.adapter.persistence.organization;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * An organization with one of its badges ({@code organizations LEFT JOIN organization_badges}): one row per badge,
 * one row with no badge when it has none. Reading an organization then takes one statement instead of two.
 */
@Introspected
public record OrganizationBadgeRow(String id, String name, @Nullable String acronym, String slug,
                                   @Nullable String description, @Nullable String url, @Nullable String logo,
                                   @Nullable String businessNumberId, Instant created, Instant lastModified,
                                   @Nullable Instant deleted, long membersCount, long followersCount,
                                   long datasetsCount, long reusesCount, long viewsCount, @Nullable String badge) {

    OrganizationRow organization() {
        return new OrganizationRow(id, name, acronym, slug, description, url, logo, businessNumberId, created,
                lastModified, deleted, membersCount, followersCount, datasetsCount, reusesCount, viewsCount);
    }
}
