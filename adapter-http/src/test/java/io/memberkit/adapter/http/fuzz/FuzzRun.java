package io.memberkit.adapter.http.fuzz;

import io.memberkit.application.port.out.BackendFailure;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcomes of one fuzz run: a case either reads (tolerantly) or fails with {@link BackendFailure.BadAnswer};
 * anything else (a NullPointerException, a ClassCastException, a serde exception, an {@code InvalidInput} from the
 * domain, an Error) is recorded with the case's seed, index, operation and a prefix of its payload.
 */
public final class FuzzRun {
    private final String name;
    private final long seed;
    private final Map<String, int[]> tally = new LinkedHashMap<>();
    private final List<String> unexpected = new ArrayList<>();
    private final long started = System.nanoTime();
    private int cases;

    public FuzzRun(String name, long seed) {
        this.name = name;
        this.seed = seed;
    }

    /** Runs one case: {@code operation} reads what the emulated remote serves, {@code payload}. */
    @SafeVarargs
    public final void check(int index, String operation, byte[] payload, Runnable call,
                            Class<? extends Throwable>... alsoDocumented) {
        cases++;
        var counts = tally.computeIfAbsent(operation, k -> new int[2]);
        try {
            call.run();
            counts[0]++;
        } catch (BackendFailure.BadAnswer expected) {
            counts[1]++;
        } catch (Throwable other) {
            for (var documented : alsoDocumented) {
                if (documented.isInstance(other)) {
                    counts[1]++;
                    return;
                }
            }
            if (unexpected.size() < 20) {
                var text = new String(payload, 0, Math.min(payload.length, 300), StandardCharsets.UTF_8);
                unexpected.add("case " + index + " (seed " + seed + ") " + operation + ": " + other
                        + (other.getCause() != null ? " caused by " + other.getCause() : "")
                        + "\n    payload (" + payload.length + " bytes): " + text);
            } else if (unexpected.size() == 20) {
                unexpected.add("...");
            }
        }
    }

    public int cases() {
        return cases;
    }

    public List<String> unexpected() {
        return List.copyOf(unexpected);
    }

    /** "udata: 1000 cases in 2.1 s; find: 300 read, 40 BadAnswer; ..." */
    public String summary() {
        var out = new StringBuilder(name).append(": ").append(cases).append(" cases (seed ").append(seed)
                .append(") in ").append(String.format("%.1f", (System.nanoTime() - started) / 1e9)).append(" s;");
        tally.forEach((op, c) -> out.append(' ').append(op).append(": ").append(c[0]).append(" read, ")
                .append(c[1]).append(" BadAnswer/documented;"));
        return out.toString();
    }
}
