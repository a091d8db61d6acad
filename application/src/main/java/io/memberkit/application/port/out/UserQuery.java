package io.memberkit.application.port.out;

import io.memberkit.domain.common.Require;
import io.memberkit.domain.common.SortOrder;
import java.util.Optional;

/** Filters of the user list: {@code q} searches first name, last name and email (prefix, case-insensitive). */
public record UserQuery(Optional<String> q, SortOrder<UserSort> sort) {
    public UserQuery {
        q = Require.present(q, "q").map(v -> Require.line(v, "q")).filter(v -> v != null);
        sort = sort == null ? SortOrder.descending(UserSort.CREATED) : sort;
    }

    public static UserQuery all() {
        return new UserQuery(Optional.empty(), null);
    }

    /** The fields a user list sorts by. */
    public enum UserSort {
        FIRST_NAME, LAST_NAME, CREATED
    }
}
