package io.memberkit.bootstrap.cli;

import io.memberkit.application.port.in.mirror.DiscardConflict;
import io.memberkit.application.port.in.mirror.GetMirrorStatus;
import io.memberkit.application.port.in.mirror.RetryConflict;
import io.memberkit.application.port.out.MirrorChange;
import io.memberkit.application.port.out.OutboxEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code memberkit status}: the last sync of each remote, the writes waiting to be pushed, and the conflicts;
 * {@code status retry <seq>} puts a conflict back in the outbox, {@code status discard <seq>} gives it up.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "The last sync per remote, the writes waiting to be pushed and the conflicts; 'retry' or "
                + "'discard' a conflict by its number.")
final class StatusCommand extends MirrorCommand {
    @Option(names = "--limit", defaultValue = "100", description = "list at most this many entries (default 100)")
    int limit;

    @Override
    public Integer call() {
        var status = mirror().getMirrorStatus().status(new GetMirrorStatus(limit));
        var view = new MirrorViews.Status(status.lastRuns().stream().map(MirrorViews::run).toList(),
                status.pending().stream().map(MirrorViews::entry).toList(),
                status.conflicts().stream().map(MirrorViews::entry).toList());
        if (out().json()) {
            out().print(view, null);
            return ExitCodes.DONE;
        }
        var runs = new Table("REMOTE", "SCOPE", "STARTED", "FINISHED", "ADDED", "UPDATED", "REMOVED", "UNCHANGED");
        status.lastRuns().forEach(run -> runs.row(run.origin().baseUrl(), run.scope(),
                io.memberkit.adapter.http.udata.mapping.UdataValues.isoDate(run.started()),
                run.finished() == null ? "interrupted (the next sync resumes it)"
                        : io.memberkit.adapter.http.udata.mapping.UdataValues.isoDate(run.finished()),
                run.counts().total(MirrorChange.ADDED), run.counts().total(MirrorChange.UPDATED),
                run.counts().total(MirrorChange.REMOVED), run.counts().total(MirrorChange.UNCHANGED)));
        var out = spec.commandLine().getOut();
        out.println(status.lastRuns().isEmpty() ? "never synced" : "last sync per remote:");
        if (!status.lastRuns().isEmpty()) {
            runs.print(out);
        }
        out.println(status.pending().size() + " write(s) waiting to be pushed"
                + (status.pending().isEmpty() ? "" : ":"));
        if (!status.pending().isEmpty()) {
            MirrorViews.entries(status.pending()).print(out);
        }
        out.println(status.conflicts().size() + " conflict(s)" + (status.conflicts().isEmpty() ? ""
                : " (memberkit status retry|discard <seq>):"));
        if (!status.conflicts().isEmpty()) {
            MirrorViews.entries(status.conflicts()).print(out);
        }
        return ExitCodes.DONE;
    }

    @Command(name = "retry", mixinStandardHelpOptions = true,
            description = "Puts a conflict back in the outbox, at its place: the next push sends it again.")
    int retry(@Parameters(paramLabel = "<seq>") long sequence) {
        return done(mirror().retryConflict().retry(new RetryConflict(sequence)), "put back in the outbox");
    }

    @Command(name = "discard", mixinStandardHelpOptions = true,
            description = "Gives up a conflict: it is never sent.")
    int discard(@Parameters(paramLabel = "<seq>") long sequence) {
        return done(mirror().discardConflict().discard(new DiscardConflict(sequence)), "discarded");
    }

    private int done(OutboxEntry entry, String what) {
        out().done(MirrorViews.entry(entry), "#" + entry.sequence() + " " + MirrorViews.describe(entry.write()) + ": "
                + what);
        return ExitCodes.DONE;
    }
}
