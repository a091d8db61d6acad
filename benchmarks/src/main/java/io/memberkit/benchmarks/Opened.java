package io.memberkit.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import io.memberkit.adapter.persistence.common.DatabasePassword;
import io.memberkit.adapter.persistence.common.PersistenceFactory;
import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.bootstrap.wiring.Memberkit;
import io.micronaut.context.ApplicationContext;
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
    /**
     * The database adapter alone (memberkit's outbound ports, without the use cases), in a context of its own over
     * the same database: to tell the adapter's cost from the use case's.
     */
    final ApplicationContext adapterContext;
    final OutboundPorts ports;

    private Opened(Target target, Dataset data) {
        this.target = target;
        this.data = data;
        this.memberkit = target.memberkit().build();
        this.pool = target.pool();
        this.baseline = new Baseline(pool);
        this.adapterContext = ApplicationContext.builder().environments(PersistenceFactory.ENVIRONMENT)
                .properties(Map.of("memberkit.jdbc-url", target.jdbcUrl(), "memberkit.db-user", target.user()))
                .singletons(new DatabasePassword(target.password())).deduceEnvironment(false).banner(false).start();
        this.ports = adapterContext.getBean(OutboundPorts.class);
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
            opened.adapterContext.close();
            opened.pool.close();
        });
        OPEN.clear();
    }
}
