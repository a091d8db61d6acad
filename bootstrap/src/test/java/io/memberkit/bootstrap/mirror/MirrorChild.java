package io.memberkit.bootstrap.mirror;

import io.memberkit.application.port.in.mirror.PushOutbox;
import io.memberkit.application.port.in.mirror.SyncMirror;
import io.memberkit.application.port.out.MirrorScope;
import io.memberkit.bootstrap.wiring.Memberkit;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.file.Path;

/**
 * The child JVM of the interruption and large-sync tests: {@code sync|push <data dir> <remote url> [all] [pause ms]},
 * the API key in {@code MEMBERKIT_API_KEY}. It prints a line per step ({@code done N} for each organization synced,
 * {@code pushed N} after each entry pushed) so that the parent kills it once the checkpoint has advanced, and
 * {@code finished <ms> <peak heap MB>} at the end.
 */
public final class MirrorChild {
    private MirrorChild() {
    }

    public static void main(String[] args) throws Exception {
        var mode = args[0];
        var dataDir = Path.of(args[1]);
        var remote = URI.create(args[2]);
        boolean all = args.length > 3 && args[3].equals("all");
        long pause = args.length > 4 ? Long.parseLong(args[4]) : 0;
        long start = System.nanoTime();
        try (var mirror = Memberkit.builder().embeddedH2(dataDir)
                .mirrorOf("udata", remote, System.getenv("MEMBERKIT_API_KEY")).build()) {
            if (mode.equals("sync")) {
                mirror.mirror().syncMirror().sync(new SyncMirror(all ? new MirrorScope.All() : new MirrorScope.Mine(),
                        (done, total, name) -> {
                            System.out.println("done " + done + " " + total);
                            System.out.flush();
                            pauseFor(pause);
                        }));
            } else {
                int pushed = 0;
                while (true) {
                    var report = mirror.mirror().pushOutbox().push(new PushOutbox(1));
                    pushed += report.sent() + report.alreadyApplied() + report.conflicts().size();
                    System.out.println("pushed " + pushed);
                    System.out.flush();
                    if (report.pending() == 0) {
                        break;
                    }
                    pauseFor(pause);
                }
            }
        }
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.println("finished " + (System.nanoTime() - start) / 1_000_000 + " " + peak / (1024 * 1024)
                + " " + Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.out.flush();
    }

    private static void pauseFor(long millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
