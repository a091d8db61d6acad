package io.memberkit.benchmarks;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How big the seeded data set is. {@link #FULL} is the one the figures in BENCHMARKS.md come from; {@link #SHORT}
 * is the same shape a hundred times smaller, for the smoke run in CI.
 *
 * @param largest the sizes of the few very large organizations; the first is "the 100k-member organization"
 * @param deepRow the row of the largest organization's member list that the deep-page benchmark reads at
 */
public record Sizes(String name, long seed, int users, int organizations, int memberships, int[] largest,
                    int assignments, int deepRow) {
    /** Bump when the generator changes what it writes: a database loaded by an older generator is reloaded. */
    static final int GENERATOR_VERSION = 1;

    public static final Sizes FULL = new Sizes("full", 20240414L, 1_000_000, 100_000, 2_000_000,
            new int[] {100_000, 100_000, 100_000, 60_000, 30_000}, 200_000, 50_000);
    public static final Sizes SHORT = new Sizes("short", 20240414L, 10_000, 1_000, 20_000,
            new int[] {1_000, 1_000, 1_000, 600, 300}, 2_000, 500);

    public static Sizes named(String name) {
        return switch (name) {
            case "full" -> FULL;
            case "short" -> SHORT;
            default -> throw new IllegalArgumentException("sizes are 'full' or 'short', not " + name);
        };
    }

    /** What a loaded database is marked with, so that a run reuses it only when it holds exactly this data set. */
    public String fingerprint() {
        return "memberkit-bench v" + GENERATOR_VERSION + " seed=" + seed + " users=" + users + " organizations="
                + organizations + " memberships=" + memberships + " largest="
                + Arrays.stream(largest).mapToObj(Integer::toString).collect(Collectors.joining(","))
                + " assignments=" + assignments;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Sizes s && s.fingerprint().equals(fingerprint());
    }

    @Override
    public int hashCode() {
        return fingerprint().hashCode();
    }

    @Override
    public String toString() {
        return name + " (" + fingerprint() + ")";
    }
}
