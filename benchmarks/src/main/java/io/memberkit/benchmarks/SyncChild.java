package io.memberkit.benchmarks;

import io.memberkit.application.port.in.mirror.SyncMirror;
import io.memberkit.application.port.out.MirrorScope;
import io.memberkit.bootstrap.wiring.Memberkit;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Scenario 4's child JVM, started with {@code -Xmx128m}: {@code h2 <data dir> <remote url>} or
 * {@code postgres <jdbc url> <user> <schema> <remote url>}, the API key in {@code MEMBERKIT_API_KEY} and the
 * database password in {@code MEMBERKIT_DB_PASSWORD} (never on the command line, where {@code ps} shows it).
 * memberkit is opened and migrated first; only {@code memberkit sync --all} is timed. It prints
 * {@code synced <ms> <organizations> <sampled peak heap used MB> <sum of heap pool peaks MB> <max heap MB>}.
 */
public final class SyncChild {
    private SyncChild() {
    }

    public static void main(String[] args) throws Exception {
        var builder = Memberkit.builder();
        URI remote;
        if (args[0].equals("h2")) {
            builder.embeddedH2(Path.of(args[1]));
            remote = URI.create(args[2]);
        } else {
            builder.postgres(args[1], args[2], System.getenv("MEMBERKIT_DB_PASSWORD")).schema(args[3]);
            remote = URI.create(args[4]);
        }
        var peak = new AtomicLong();
        var memory = ManagementFactory.getMemoryMXBean();
        // used heap, sampled: the pools' own peaks are per pool and never at the same moment, so their sum overstates
        var sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        try (var mirror = builder.mirrorOf("udata", remote, System.getenv("MEMBERKIT_API_KEY")).build()) {
            sampler.start();
            long start = System.nanoTime();
            var report = mirror.mirror().syncMirror().sync(new SyncMirror(new MirrorScope.All(),
                    (done, total, name) -> { }));
            long ms = (System.nanoTime() - start) / 1_000_000;
            sampler.interrupt();
            long pools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.println("synced " + ms + " " + report.organizations() + " " + peak.get() / (1 << 20) + " "
                    + pools / (1 << 20) + " " + Runtime.getRuntime().maxMemory() / (1 << 20));
        }
    }
}
