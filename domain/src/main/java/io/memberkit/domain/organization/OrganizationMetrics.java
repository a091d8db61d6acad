package io.memberkit.domain.organization;

/** Counters uData shows and sorts by. Members and followers are kept by memberkit; the others are mirrored. */
public record OrganizationMetrics(long members, long followers, long datasets, long reuses, long views) {
    public static final OrganizationMetrics ZERO = new OrganizationMetrics(0, 0, 0, 0, 0);

    public OrganizationMetrics {
        if (members < 0 || followers < 0 || datasets < 0 || reuses < 0 || views < 0) {
            throw new IllegalArgumentException("metrics are counts, never negative");
        }
    }
}
