package io.memberkit.bootstrap.cli;

import io.memberkit.application.port.in.mirror.SyncMirror;
import io.memberkit.application.port.out.MirrorScope;
import io.memberkit.domain.error.InvalidInput;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code memberkit --remote <base-url> sync}: mirrors the remote into the local database (the key owner's
 * organizations, {@code --all}, or {@code --org} ones), then prints the counts. Progress goes to the error stream: a
 * bar on a terminal, a plain line every twentieth of the way otherwise, so that {@code -o json} stays one line.
 */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Mirrors a remote (--remote <base-url>, key in MEMBERKIT_API_KEY) into the local database: "
                + "the key owner's organizations, --all, or --org ones; incremental and resumable.")
final class SyncCommand extends MirrorCommand {
    @Option(names = "--org", paramLabel = "<id-or-slug>", description = "mirror this organization (repeatable)")
    List<String> organizations;

    @Option(names = "--all", description = "mirror every organization the key can see")
    boolean all;

    @Override
    public Integer call() {
        if (all && organizations != null && !organizations.isEmpty()) {
            throw InvalidInput.of("--all", "name organizations with --org, or --all, not both");
        }
        MirrorScope scope = all ? new MirrorScope.All()
                : organizations == null || organizations.isEmpty() ? new MirrorScope.Mine()
                : new MirrorScope.Chosen(organizations);
        var err = spec.commandLine().getErr();
        try (var progress = Progress.of(err)) {
            var report = mirror().syncMirror().sync(new SyncMirror(scope, progress::step));
            var table = new Table("KIND", "ADDED", "UPDATED", "REMOVED", "UNCHANGED");
            MirrorViews.countsTable(table, report.counts());
            var view = new MirrorViews.Sync(MirrorViews.remote(report.origin()), report.resumed(),
                    report.organizations(), MirrorViews.counts(report.counts()), MirrorViews.total(report.counts()));
            if (out().json()) {
                out().print(view, table);
                return ExitCodes.DONE;
            }
            out().text(o -> o.println("synced " + report.origin().baseUrl() + ": " + report.organizations()
                    + " organization(s)" + (report.resumed() ? ", resuming the interrupted sync" : "")));
            out().print(view, table);
            return ExitCodes.DONE;
        }
    }

    /** A bar on a terminal, plain lines otherwise. */
    private static final class Progress implements AutoCloseable {
        private final PrintWriter lines;
        private ProgressBar bar;
        private long lastLine;

        private Progress(PrintWriter lines) {
            this.lines = lines;
        }

        static Progress of(PrintWriter err) {
            return new Progress(err);
        }

        void step(long done, long total, String organization) {
            if (System.console() != null) {
                if (bar == null) {
                    bar = new ProgressBarBuilder().setTaskName("sync").setInitialMax(Math.max(total, 0))
                            .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true))).build();
                }
                bar.stepTo(done);
                return;
            }
            long every = total > 0 ? Math.max(1, total / 20) : 100;
            if (done == total || done - lastLine >= every) {
                lastLine = done;
                lines.println("sync: " + done + (total >= 0 ? "/" + total : "") + " organizations");
                lines.flush();
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
