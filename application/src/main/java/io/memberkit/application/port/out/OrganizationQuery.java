package io.memberkit.application.port.out;

import io.memberkit.domain.common.Require;
import io.memberkit.domain.common.SortOrder;
import io.memberkit.domain.organization.Badge;
import io.memberkit.domain.organization.BusinessNumber;
import java.util.Optional;

/**
 * uData's organization list filters: {@code q} (prefix of name, acronym or slug), {@code badge}, {@code name}
 * (case-insensitive exact), {@code business_number_id} (exact), and a sort.
 */
public record OrganizationQuery(Optional<String> q, Optional<Badge> badge, Optional<String> name,
                                Optional<BusinessNumber> businessNumber, SortOrder<OrganizationSort> sort) {
    public OrganizationQuery {
        q = Require.present(q, "q").map(v -> Require.line(v, "q")).filter(v -> v != null);
        Require.present(badge, "badge");
        name = Require.present(name, "name").map(v -> Require.line(v, "name")).filter(v -> v != null);
        Require.present(businessNumber, "business_number_id");
        sort = sort == null ? SortOrder.ascending(OrganizationSort.NAME) : sort;
    }

    public static OrganizationQuery all() {
        return new OrganizationQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), null);
    }

    /** uData's sort fields for organizations. */
    public enum OrganizationSort {
        NAME, REUSES, DATASETS, FOLLOWERS, VIEWS, CREATED, LAST_MODIFIED
    }
}
