package io.memberkit.adapter.persistence.organization;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code organizations}, with its metrics counters. The lower-case search columns are not mapped. */
@MappedEntity("organizations")
public record OrganizationRow(@Id String id, String name, @Nullable String acronym, String slug,
                              @Nullable String description, @Nullable String url, @Nullable String logo,
                              @Nullable String businessNumberId, Instant created, Instant lastModified,
                              @Nullable Instant deleted, long membersCount, long followersCount,
                              long datasetsCount, long reusesCount, long viewsCount) {
}
