package io.memberkit.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import io.memberkit.bootstrap.wiring.Memberkit;
import java.util.HashMap;
import java.util.Map;

/**
 * memberkit and the baseline's pool over one target, opened once per JVM and shared by the benchmarks that run in
 * it (all of them in the smoke run, which does not fork), closed when the JVM ends.
 */
final class Opened {
    private static final Map<String, Opened> OPEN = new HashMap<>();
    private static Dataset dataset;

    final Target target;
    final Memberkit memberkit;
    final HikariDataSource pool;
    final Baseline baseline;
    final Dataset data;

    private Opened(Target target, Dataset data) {
        this.target = target;
        this.data = data;
        this.memberkit = target.memberkit().build();
        this.pool = target.pool();
        this.baseline = new Baseline(pool);
    }

    static synchronized Opened of(String targetName) {
        return OPEN.computeIfAbsent(targetName, name -> {
            var target = Target.fromSystemProperties(name);
            var sizes = Sizes.named(System.getProperty("bench.sizes", "short"));
            Loader.ensure(target, sizes); // a no-op when the runner loaded it already
            if (OPEN.isEmpty()) {
                Runtime.getRuntime().addShutdownHook(new Thread(Opened::closeAll));
            }
            return new Opened(target, dataset(sizes));
        });
    }

    static synchronized Dataset dataset(Sizes sizes) {
        if (dataset == null || !dataset.sizes.equals(sizes)) {
            dataset = Dataset.generate(sizes);
        }
        return dataset;
    }

    private static synchronized void closeAll() {
        OPEN.values().forEach(opened -> {
            opened.memberkit.close();
            opened.pool.close();
        });
        OPEN.clear();
    }
}
