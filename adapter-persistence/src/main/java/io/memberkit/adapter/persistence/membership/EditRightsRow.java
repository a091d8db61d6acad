package io.memberkit.adapter.persistence.membership;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** The answer of the may-edit query; {@code role} is null for a non-member. */
@Introspected
public record EditRightsRow(boolean userUsable, boolean siteAdmin, @Nullable String role, boolean assigned) {
}
