package io.memberkit.application.port.out;

import java.util.EnumMap;
import java.util.Map;

/** Rows added, updated, removed and left unchanged by a sync, per kind of row. Immutable. */
public record MirrorCounts(Map<MirrorKind, Map<MirrorChange, Long>> byKind) {
    /** Nothing done yet. */
    public static final MirrorCounts ZERO = new MirrorCounts(Map.of());

    public MirrorCounts {
        var all = new EnumMap<MirrorKind, Map<MirrorChange, Long>>(MirrorKind.class);
        for (var kind : MirrorKind.values()) {
            var changes = new EnumMap<MirrorChange, Long>(MirrorChange.class);
            for (var change : MirrorChange.values()) {
                var given = byKind == null ? null : byKind.get(kind);
                changes.put(change, given == null ? 0L : given.getOrDefault(change, 0L));
            }
            all.put(kind, Map.copyOf(changes));
        }
        byKind = Map.copyOf(all);
    }

    /** These counts plus one {@code change} of a {@code kind} row. */
    public MirrorCounts plus(MirrorKind kind, MirrorChange change) {
        var copy = new EnumMap<MirrorKind, Map<MirrorChange, Long>>(byKind);
        var changes = new EnumMap<MirrorChange, Long>(copy.get(kind));
        changes.merge(change, 1L, Long::sum);
        copy.put(kind, changes);
        return new MirrorCounts(copy);
    }

    public long of(MirrorKind kind, MirrorChange change) {
        return byKind.get(kind).get(change);
    }

    /** All kinds together. */
    public long total(MirrorChange change) {
        return byKind.values().stream().mapToLong(c -> c.get(change)).sum();
    }
}
