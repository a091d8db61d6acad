package io.memberkit.benchmarks;

import io.memberkit.domain.assignment.SubjectClass;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The parameters of the calls, drawn from the data set in advance so that drawing costs nothing while measuring.
 * Every call differs from the one before it: H2 answers a statement repeated with the same parameters on unchanged
 * data from its last result, which would measure nothing.
 */
final class Draws {
    /** Calls drawn per thread: far more than any cache-friendly working set. */
    static final int CALLS = 1 << 16;

    private Draws() {
    }

    /** "May user U edit object O of organization G", in the proportions of a platform's real checks. */
    record MayEditCalls(String[] users, String[] organizations, SubjectClass[] classes, String[] classCodes,
                        String[] subjects) {
        static MayEditCalls draw(Dataset d, long seed) {
            var random = new SplittableRandom(seed);
            var calls = new MayEditCalls(new String[CALLS], new String[CALLS], new SubjectClass[CALLS],
                    new String[CALLS], new String[CALLS]);
            int members = d.memberUser.length;
            for (int i = 0; i < CALLS; i++) {
                int kind = random.nextInt(100);
                int g;
                int user;
                int subject = -1;
                if (kind < 30 && d.assignedMember.length > 0) {
                    // a partial editor on an object assigned to them
                    int a = random.nextInt(d.assignedMember.length);
                    g = d.organizationOf(d.assignedMember[a]);
                    user = d.memberUser[d.assignedMember[a]];
                    subject = d.assignedSubject[a];
                } else if (kind < 75) {
                    // a member (any role) on some object of their organization
                    int m = random.nextInt(members);
                    g = d.organizationOf(m);
                    user = d.memberUser[m];
                } else {
                    // anyone, on an organization they are most likely not a member of
                    g = random.nextInt(d.sizes.organizations());
                    user = random.nextInt(d.sizes.users());
                }
                if (subject < 0) {
                    subject = d.subjectCount[g] > 0 ? random.nextInt(d.subjectCount[g]) : -1;
                }
                calls.users[i] = d.userId(user);
                calls.organizations[i] = d.organizationId(g);
                if (subject >= 0) {
                    calls.classCodes[i] = d.subjectClass(g, subject);
                    calls.subjects[i] = d.subjectId(g, subject);
                } else {
                    calls.classCodes[i] = "dataset";
                    calls.subjects[i] = Dataset.hex(random.nextLong(), 24);
                }
                calls.classes[i] = SubjectClass.valueOf(calls.classCodes[i].toUpperCase(Locale.ROOT));
            }
            return calls;
        }
    }

    /**
     * Pages of the largest organizations' member lists: the first page, or the page after a row drawn around
     * {@code depth}. Rotating among the organizations of the largest size keeps consecutive calls different.
     */
    record PageCalls(String[] organizations, String[] actors, Instant[] afterSince, String[] afterUser,
                     String[] tokens, long[] offsets) {
        static PageCalls draw(Dataset d, boolean deep, long seed) {
            var random = new SplittableRandom(seed);
            int largest = d.sizes.largest()[0];
            int[] candidates = Arrays.stream(d.largestOrganizations).filter(g -> d.orgSize[g] == largest).toArray();
            var orders = new int[candidates.length][];
            for (int k = 0; k < candidates.length; k++) {
                orders[k] = listOrder(d, candidates[k]);
            }
            int spread = Math.max(1, d.sizes.deepRow() / 50);
            var calls = new PageCalls(new String[CALLS], new String[CALLS], new Instant[CALLS], new String[CALLS],
                    new String[CALLS], new long[CALLS]);
            for (int i = 0; i < CALLS; i++) {
                int k = i % candidates.length;
                int g = candidates[k];
                calls.organizations[i] = d.organizationId(g);
                int first = d.orgFirstMember[g];
                int actor;
                do { // a member with a usable account: an inactive one is refused (Forbidden), as it should be
                    actor = d.memberUser[first + random.nextInt(d.orgSize[g])];
                } while (!d.active(actor));
                calls.actors[i] = d.userId(actor);
                if (deep) {
                    int row = d.sizes.deepRow() - spread + random.nextInt(2 * spread);
                    int m = orders[k][row - 1]; // the page starts at `row`: the cursor is the member before it
                    calls.afterSince[i] = Instant.ofEpochMilli(d.memberSince[m]);
                    calls.afterUser[i] = d.userId(d.memberUser[m]);
                    calls.tokens[i] = new io.memberkit.domain.membership.MemberCursor(calls.afterSince[i],
                            new io.memberkit.domain.common.UserId(calls.afterUser[i])).token();
                    calls.offsets[i] = row;
                }
            }
            return calls;
        }

        /** An organization's members in the list's order: since, then user id. */
        static int[] listOrder(Dataset d, int g) {
            int first = d.orgFirstMember[g];
            var ids = new String[d.orgSize[g]];
            var order = new Integer[d.orgSize[g]];
            for (int j = 0; j < ids.length; j++) {
                ids[j] = d.userId(d.memberUser[first + j]);
                order[j] = first + j;
            }
            Arrays.sort(order, Comparator.<Integer>comparingLong(m -> d.memberSince[m])
                    .thenComparing(m -> ids[m - first]));
            return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        }
    }

    /** What people type in a "find a user" box: the first letters of a first or a last name. */
    record SuggestCalls(String[] prefixes) {
        static SuggestCalls draw(Dataset d, int length, long seed) {
            var random = new SplittableRandom(seed);
            var prefixes = new String[CALLS];
            for (int i = 0; i < CALLS; i++) {
                String prefix;
                do {
                    int user = random.nextInt(d.liveUsers);
                    var name = (random.nextBoolean() ? d.firstName(user) : d.lastName(user)).toLowerCase(Locale.ROOT);
                    prefix = name.substring(0, Math.min(length, name.length())).strip();
                } while (prefix.isEmpty() || (i > 0 && prefix.equals(prefixes[i - 1])));
                prefixes[i] = prefix;
            }
            return new SuggestCalls(prefixes);
        }
    }
}
