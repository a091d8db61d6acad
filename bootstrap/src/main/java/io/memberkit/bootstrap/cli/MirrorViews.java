package io.memberkit.bootstrap.cli;

import io.memberkit.adapter.http.udata.mapping.UdataValues;
import io.memberkit.application.port.out.MirrorChange;
import io.memberkit.application.port.out.MirrorCounts;
import io.memberkit.application.port.out.MirrorKind;
import io.memberkit.application.port.out.MirrorRun;
import io.memberkit.application.port.out.OutboxEntry;
import io.memberkit.application.port.out.PendingWrite;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** JSON shapes of the mirror's answers (sync, push, status), in snake_case like the rest. */
final class MirrorViews {
    private MirrorViews() {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Counts(long added, long updated, long removed, long unchanged) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Remote(String provider, String baseUrl, String tag) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Sync(Remote remote, boolean resumed, long organizations, Map<String, Counts> counts, Counts total) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Entry(long sequence, String idempotencyKey, String organization, String write, String actor,
                 String created, String state, String message) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Push(Remote remote, int sent, int alreadyApplied, List<Entry> conflicts, long pending) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Run(Remote remote, String scope, String started, String finished, Map<String, Counts> counts,
               Counts total) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Status(List<Run> lastSyncs, List<Entry> pending, List<Entry> conflicts) {
    }

    static Remote remote(io.memberkit.application.port.out.RemoteOrigin origin) {
        return new Remote(origin.provider(), origin.baseUrl(), origin.tag());
    }

    static Map<String, Counts> counts(MirrorCounts counts) {
        var byKind = new LinkedHashMap<String, Counts>();
        for (var kind : MirrorKind.values()) {
            byKind.put(kind.name().toLowerCase(Locale.ROOT), new Counts(counts.of(kind, MirrorChange.ADDED),
                    counts.of(kind, MirrorChange.UPDATED), counts.of(kind, MirrorChange.REMOVED),
                    counts.of(kind, MirrorChange.UNCHANGED)));
        }
        return byKind;
    }

    static Counts total(MirrorCounts counts) {
        return new Counts(counts.total(MirrorChange.ADDED), counts.total(MirrorChange.UPDATED),
                counts.total(MirrorChange.REMOVED), counts.total(MirrorChange.UNCHANGED));
    }

    static Run run(MirrorRun run) {
        return new Run(remote(run.origin()), run.scope(), UdataValues.isoDate(run.started()),
                run.finished() == null ? null : UdataValues.isoDate(run.finished()), counts(run.counts()),
                total(run.counts()));
    }

    static Entry entry(OutboxEntry entry) {
        return new Entry(entry.sequence(), entry.idempotencyKey(), entry.write().organization().value(),
                describe(entry.write()), entry.actor() == null ? null : entry.actor().value(),
                UdataValues.isoDate(entry.created()), entry.state().name().toLowerCase(Locale.ROOT), entry.message());
    }

    /** One line naming the write: {@code change_role u1 -> editor}. */
    static String describe(PendingWrite write) {
        if (write instanceof PendingWrite.ChangeRole w) {
            return "change_role " + w.user().value() + " -> " + UdataValues.memberRole(w.role());
        }
        if (write instanceof PendingWrite.RemoveMember w) {
            return "remove_member " + w.user().value();
        }
        if (write instanceof PendingWrite.Invite w) {
            return "invite " + w.invitee() + " as " + UdataValues.memberRole(w.role());
        }
        if (write instanceof PendingWrite.CancelInvitation w) {
            return "cancel_invitation " + w.invitation().value();
        }
        if (write instanceof PendingWrite.AcceptRequest w) {
            return "accept_request " + w.request().value() + " as " + UdataValues.memberRole(w.role());
        }
        if (write instanceof PendingWrite.RefuseRequest w) {
            return "refuse_request " + w.request().value();
        }
        if (write instanceof PendingWrite.ChangeAssignments w) {
            return "change_assignments " + w.user().value() + " +" + w.added().size() + " -" + w.removed().size();
        }
        return "unsupported " + ((PendingWrite.Unsupported) write).what();
    }

    static void countsTable(Table table, MirrorCounts counts) {
        for (var kind : MirrorKind.values()) {
            table.row(kind.name().toLowerCase(Locale.ROOT), counts.of(kind, MirrorChange.ADDED),
                    counts.of(kind, MirrorChange.UPDATED), counts.of(kind, MirrorChange.REMOVED),
                    counts.of(kind, MirrorChange.UNCHANGED));
        }
    }

    static Table entries(List<OutboxEntry> entries) {
        var table = new Table("SEQ", "ORG", "WRITE", "STATE", "MESSAGE");
        entries.forEach(e -> table.row(e.sequence(), e.write().organization().value(), describe(e.write()),
                e.state().name().toLowerCase(Locale.ROOT), e.message()));
        return table;
    }
}
