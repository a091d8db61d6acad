package io.memberkit.adapter.persistence.membership;

import io.micronaut.core.annotation.Introspected;

/** One line of the members-per-role count. */
@Introspected
public record RoleCountRow(String role, long members) {
}
