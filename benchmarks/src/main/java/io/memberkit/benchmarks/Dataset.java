package io.memberkit.benchmarks;

import java.time.Instant;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The seeded data set, generated in memory: every value is a pure function of the seed and the sizes, so the loader
 * and the benchmarks (which draw their parameters from it, without asking the database) agree on every row.
 *
 * <ul>
 *   <li>Users: ids shaped like uData's ObjectIds (a creation-time prefix), skewed French names, unique slugs and
 *   emails; 2% inactive, the newest 1% deleted (and so member of nothing), one in 10,007 a site admin.</li>
 *   <li>Organizations: a few very large ones ({@link Sizes#largest()}), the rest with a log-normal size (median 3,
 *   a long tail), the sizes adding up to exactly {@link Sizes#memberships()}.</li>
 *   <li>Members: each organization's first member is its founding admin; then 3% admins, 87% editors, 10% partial
 *   editors. A user is a member of an organization at most once.</li>
 *   <li>Subjects (datasets, reuses, dataservices) for the organizations that have partial editors, and exactly
 *   {@link Sizes#assignments()} assignments, each to a partial editor, on an object of their organization.</li>
 * </ul>
 */
public final class Dataset {
    static final long START = Instant.parse("2014-01-01T00:00:00Z").toEpochMilli();
    static final long END = Instant.parse("2024-04-01T00:00:00Z").toEpochMilli();
    static final byte ADMIN = 0;
    static final byte EDITOR = 1;
    static final byte PARTIAL_EDITOR = 2;
    static final String[] ROLE_CODES = {"admin", "editor", "partial_editor"};
    static final String[] SUBJECT_CLASSES = {"dataset", "reuse", "dataservice"};

    final Sizes sizes;
    /** Users [0, liveUsers) can be members; the others are deleted. */
    final int liveUsers;
    final int[] orgSize;
    /** Index of the organization's first member in the member arrays (members are grouped by organization). */
    final int[] orgFirstMember;
    final long[] orgCreated;
    final int[] memberUser;
    final long[] memberSince;
    final byte[] memberRole;
    /** Subjects of organization g: {@code subjectCount[g]} of them, numbered 0..n-1. */
    final int[] subjectCount;
    /** Assignment a: member {@code assignedMember[a]} on subject {@code assignedSubject[a]} of their organization. */
    final int[] assignedMember;
    final int[] assignedSubject;
    /** The organizations of {@link Sizes#largest()}, in that order. */
    final int[] largestOrganizations;

    private Dataset(Sizes sizes) {
        this.sizes = sizes;
        this.liveUsers = sizes.users() - sizes.users() / 100;
        int organizations = sizes.organizations();
        this.orgSize = organizationSizes(sizes);
        this.largestOrganizations = new int[sizes.largest().length];
        for (int k = 0; k < largestOrganizations.length; k++) {
            largestOrganizations[k] = largestPosition(k);
        }
        this.orgFirstMember = new int[organizations];
        this.orgCreated = new long[organizations];
        for (int g = 0, first = 0; g < organizations; g++) {
            orgFirstMember[g] = first;
            first += orgSize[g];
            orgCreated[g] = START + (long) ((END - START) * 0.8 * g / organizations) + mix(sizes.seed(), 11, g) % 60_000;
        }
        int total = sizes.memberships();
        this.memberUser = new int[total];
        this.memberSince = new long[total];
        this.memberRole = new byte[total];
        this.subjectCount = new int[organizations];
        var random = new SplittableRandom(sizes.seed() ^ 0x5EEDL);
        int partialEditors = 0;
        for (int g = 0; g < organizations; g++) {
            int size = orgSize[g];
            int first = orgFirstMember[g];
            int start = random.nextInt(liveUsers);
            int stride = coprimeStride(random, liveUsers);
            long created = orgCreated[g];
            boolean hasPartial = false;
            for (int j = 0; j < size; j++) {
                int m = first + j;
                memberUser[m] = (int) ((start + (long) j * stride) % liveUsers);
                long since = j == 0 ? created : created + 1 + (long) (random.nextDouble() * (END - created));
                if (j > 1 && random.nextInt(100) == 0) {
                    since = memberSince[m - 1]; // joined in the same millisecond: the user id breaks the tie
                }
                memberSince[m] = since;
                int r = random.nextInt(1000);
                memberRole[m] = j == 0 || r < 30 ? ADMIN : r < 900 ? EDITOR : PARTIAL_EDITOR;
                if (memberRole[m] == PARTIAL_EDITOR) {
                    hasPartial = true;
                    partialEditors++;
                }
            }
            subjectCount[g] = hasPartial ? Math.max(3, Math.min(size / 4, 200)) : 0;
        }
        // assignments: every partial editor gets one, then a second one, ..., until the count is reached
        int[] partial = new int[partialEditors];
        for (int m = 0, p = 0; m < total; m++) {
            if (memberRole[m] == PARTIAL_EDITOR) {
                partial[p++] = m;
            }
        }
        shuffle(partial, random);
        this.assignedMember = new int[sizes.assignments()];
        this.assignedSubject = new int[sizes.assignments()];
        int a = 0;
        for (int round = 0; a < assignedMember.length && partial.length > 0; round++) {
            for (int p = 0; p < partial.length && a < assignedMember.length; p++) {
                int m = partial[p];
                int n = subjectCount[organizationOf(m)];
                if (round >= n) {
                    continue;
                }
                assignedMember[a] = m;
                assignedSubject[a] = (int) ((mix(sizes.seed(), 13, m) % n + round) % n);
                a++;
            }
            if (round > 1000) {
                throw new IllegalStateException("too few partial editors for " + assignedMember.length + " assignments");
            }
        }
    }

    public static Dataset generate(Sizes sizes) {
        return new Dataset(sizes);
    }

    // ---- users -------------------------------------------------------------------------------------------------

    long userSince(int i) {
        return START + (END - START) * i / sizes.users() + mix(sizes.seed(), 1, i) % 1000;
    }

    String userId(int i) {
        return objectId(userSince(i) / 1000, mix(sizes.seed(), 2, i));
    }

    int userFirstName(int i) {
        return Names.firstName(unit(mix(sizes.seed(), 3, i)));
    }

    int userLastName(int i) {
        return Names.lastName(unit(mix(sizes.seed(), 4, i)));
    }

    String firstName(int i) {
        return Names.FIRST[userFirstName(i)];
    }

    String lastName(int i) {
        return Names.LAST[userLastName(i)];
    }

    String userSlug(int i) {
        return Names.FIRST_FOLDED[userFirstName(i)] + "-" + Names.LAST_FOLDED[userLastName(i)] + "-"
                + Integer.toString(i, 36);
    }

    String email(int i) {
        return Names.FIRST_FOLDED[userFirstName(i)] + "." + Names.LAST_FOLDED[userLastName(i)] + "." + i + "@"
                + Names.PROVIDERS[(int) (mix(sizes.seed(), 5, i) % Names.PROVIDERS.length)];
    }

    boolean active(int i) {
        return mix(sizes.seed(), 6, i) % 100 >= 2;
    }

    boolean deleted(int i) {
        return i >= liveUsers;
    }

    boolean siteAdmin(int i) {
        return i % 10_007 == 0;
    }

    // ---- organizations -----------------------------------------------------------------------------------------

    String organizationId(int g) {
        return objectId(orgCreated[g] / 1000, mix(sizes.seed(), 7, g));
    }

    String organizationName(int g) {
        var kind = Names.ORG_KINDS[(int) (mix(sizes.seed(), 8, g) % Names.ORG_KINDS.length)];
        var place = Names.PLACES[(int) (mix(sizes.seed(), 9, g) % Names.PLACES.length)];
        return kind + " " + place + (g < Names.PLACES.length ? "" : " " + g);
    }

    String organizationSlug(int g) {
        return Names.fold(organizationName(g)) + "-" + Integer.toString(g, 36);
    }

    // ---- members, subjects, assignments ------------------------------------------------------------------------

    int organizationOf(int member) {
        int i = Arrays.binarySearch(orgFirstMember, member);
        if (i >= 0) {
            while (i + 1 < orgFirstMember.length && orgFirstMember[i + 1] == member) {
                i++; // organizations of size 0 do not exist, but stay safe
            }
            return i;
        }
        return -i - 2;
    }

    String subjectId(int g, int k) {
        return hex(orgCreated[g] / 1000 + k, 8) + hex(g, 6) + hex(mix(sizes.seed(), 10, (long) g << 20 | k), 10);
    }

    String subjectClass(int g, int k) {
        long h = mix(sizes.seed(), 12, (long) g << 20 | k) % 100;
        return SUBJECT_CLASSES[h < 80 ? 0 : h < 95 ? 1 : 2];
    }

    long assignmentCreated(int a) {
        return memberSince[assignedMember[a]] + 60_000;
    }

    // ---- how the sizes are drawn -------------------------------------------------------------------------------

    private int largestPosition(int k) {
        // spread over the organizations' ages rather than all the oldest
        return (int) ((long) sizes.organizations() * (2 * k + 1) / (2L * sizes.largest().length + 1));
    }

    private int[] organizationSizes(Sizes s) {
        int organizations = s.organizations();
        var size = new int[organizations];
        var isLargest = new boolean[organizations];
        int largestTotal = 0;
        for (int k = 0; k < s.largest().length; k++) {
            int g = (int) ((long) organizations * (2 * k + 1) / (2L * s.largest().length + 1));
            size[g] = s.largest()[k];
            isLargest[g] = true;
            largestTotal += s.largest()[k];
        }
        int rest = s.memberships() - largestTotal;
        int others = organizations - s.largest().length;
        if (rest < others) {
            throw new IllegalArgumentException("every organization needs its admin: too few memberships");
        }
        var random = new SplittableRandom(s.seed() ^ 0x512EL);
        var raw = new double[organizations];
        int cap = Math.max(1, Math.min(s.largest()[s.largest().length - 1] / 2, liveUsers));
        for (int g = 0; g < organizations; g++) {
            if (!isLargest[g]) {
                // log-normal: median 3, a long tail
                raw[g] = Math.min(cap, Math.exp(Math.log(3) + 1.9 * gaussian(random)));
            }
        }
        // scale the part above the founder so that the sizes add up to exactly what is asked
        double low = 0;
        double high = 1;
        while (sum(raw, isLargest, high, cap) < rest) {
            high *= 2;
        }
        for (int i = 0; i < 60; i++) {
            double mid = (low + high) / 2;
            if (sum(raw, isLargest, mid, cap) < rest) {
                low = mid;
            } else {
                high = mid;
            }
        }
        long total = 0;
        for (int g = 0; g < organizations; g++) {
            if (!isLargest[g]) {
                size[g] = scaled(raw[g], low, cap);
                total += size[g];
            }
        }
        // the rounding's remainder, one member at a time, to organizations that can take it
        for (int g = 0; total < rest; g = (g + 1) % organizations) {
            if (!isLargest[g] && size[g] < cap) {
                size[g]++;
                total++;
            }
        }
        return size;
    }

    private static long sum(double[] raw, boolean[] isLargest, double factor, int cap) {
        long total = 0;
        for (int g = 0; g < raw.length; g++) {
            if (!isLargest[g]) {
                total += scaled(raw[g], factor, cap);
            }
        }
        return total;
    }

    private static int scaled(double raw, double factor, int cap) {
        return (int) Math.min(cap, 1 + Math.floor(Math.max(0, raw - 1) * factor));
    }

    private static double gaussian(SplittableRandom random) {
        double u = random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }

    private static int coprimeStride(SplittableRandom random, int n) {
        while (true) {
            int stride = 1 + random.nextInt(Math.max(1, n - 1));
            if (gcd(stride, n) == 1) {
                return stride;
            }
        }
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private static void shuffle(int[] values, SplittableRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }

    /** A well-mixed non-negative 63-bit value of (seed, stream, index): SplitMix64's finalizer. */
    static long mix(long seed, int stream, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + stream * 0xBF58476D1CE4E5B9L + index * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) >>> 1;
    }

    private static double unit(long mixed) {
        return (mixed >>> 10) / (double) (1L << 53);
    }

    /** uData's ids are MongoDB ObjectIds: 4 bytes of creation time, then 8 of something unique. */
    static String objectId(long epochSeconds, long unique) {
        return hex(epochSeconds, 8) + hex(unique, 16);
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    static String hex(long value, int digits) {
        var chars = new char[digits];
        for (int i = digits - 1; i >= 0; i--) {
            chars[i] = HEX[(int) (value & 0xF)];
            value >>>= 4;
        }
        return new String(chars);
    }
}
