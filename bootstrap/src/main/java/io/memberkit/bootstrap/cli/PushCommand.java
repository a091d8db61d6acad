package io.memberkit.bootstrap.cli;

import io.memberkit.application.port.in.mirror.PushOutbox;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code memberkit --remote <base-url> push}: replays the outbox on the remote. Exit 0 when everything went, 1 when
 * some writes were refused and set aside as conflicts (listed, with the remote's message), 3 when the remote could
 * not be reached (what was not sent stays in the outbox).
 */
@Command(name = "push", mixinStandardHelpOptions = true,
        description = "Replays the writes made offline on the remote (--remote <base-url>), in order; refusals are "
                + "set aside as conflicts (see 'memberkit status').")
final class PushCommand extends MirrorCommand {
    @Option(names = "--limit", description = "push at most this many entries (default: all)")
    Integer limit;

    @Override
    public Integer call() {
        var report = mirror().pushOutbox().push(limit == null ? PushOutbox.ALL : new PushOutbox(limit));
        var conflicts = report.conflicts().stream().map(MirrorViews::entry).toList();
        var view = new MirrorViews.Push(MirrorViews.remote(report.origin()), report.sent(), report.alreadyApplied(),
                conflicts, report.pending());
        if (out().json()) {
            out().print(view, null);
        } else {
            out().text(o -> o.println("pushed to " + report.origin().baseUrl() + ": " + report.sent() + " sent, "
                    + report.alreadyApplied() + " already applied, " + report.conflicts().size() + " conflict(s), "
                    + report.pending() + " still pending"));
            if (!report.conflicts().isEmpty()) {
                MirrorViews.entries(report.conflicts()).print(spec.commandLine().getOut());
            }
        }
        return report.conflicts().isEmpty() ? ExitCodes.DONE : ExitCodes.REFUSED;
    }
}
