package io.memberkit.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.memberkit.bootstrap.wiring.Memberkit;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A database the benchmarks run on: the embedded H2 file memberkit opens by default, or a PostgreSQL schema. Both
 * memberkit and the hand-written baselines open it with the same URL, so they read the same data through the same
 * driver settings (on H2, in one JVM, the same open database).
 */
public record Target(String name, String jdbcUrl, String user, String password, Optional<Path> h2Directory) {
    /** What memberkit adds to an embedded H2 URL (see bootstrap's DatabaseSettings): the same here. */
    static final String H2_OPTIONS = "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    static final String PG_SCHEMA = "memberkit_bench";

    /** memberkit's embedded database in {@code directory}: {@code directory/memberkit.mv.db}. */
    public static Target h2(Path directory) {
        var dir = directory.toAbsolutePath();
        return new Target("h2", "jdbc:h2:file:" + dir + "/memberkit;" + H2_OPTIONS, "sa", "", Optional.of(dir));
    }

    /** A schema of its own in the PostgreSQL database at {@code url}, so the test suites' tables are left alone. */
    public static Target postgres(String url, String user, String password) {
        return postgres(url, user, password, PG_SCHEMA);
    }

    /** Another schema of the same database. */
    public static Target postgres(String url, String user, String password, String schema) {
        var separator = url.contains("?") ? "&" : "?";
        return new Target("postgres", url + separator + "currentSchema=" + schema, user, password, Optional.empty());
    }

    /** The PostgreSQL database's URL, without the schema. */
    String databaseUrl() {
        return jdbcUrl.substring(0, jdbcUrl.indexOf("currentSchema=") - 1);
    }

    /** The target named by the system properties the runner passes to every JMH fork. */
    public static Target fromSystemProperties(String name) {
        return switch (name) {
            // outside target/, so that a clean build keeps the loaded data set
            case "h2" -> h2(Path.of(System.getProperty("bench.h2.dir",
                    "/tmp/memberkit-bench/h2-" + System.getProperty("bench.sizes", "short"))));
            case "postgres" -> postgres(
                    System.getProperty("bench.pg.url", "jdbc:postgresql://localhost:5432/memberkit_test"),
                    System.getProperty("bench.pg.user", "memberkit"),
                    System.getProperty("bench.pg.password", "memberkit"));
            default -> throw new IllegalArgumentException("targets are h2 and postgres, not " + name);
        };
    }

    public boolean isH2() {
        return h2Directory.isPresent();
    }

    /** memberkit, opened the way an embedding platform opens it. */
    public Memberkit.Builder memberkit() {
        return isH2() ? Memberkit.builder().embeddedH2(h2Directory.get())
                : Memberkit.builder().postgres(jdbcUrl, user, password);
    }

    /** The baseline's pool: HikariCP, as memberkit's, with memberkit's pool size. */
    public HikariDataSource pool() {
        var config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(10);
        config.setPoolName("baseline-" + name);
        return new HikariDataSource(config);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    /**
     * A connection for the loader: on PostgreSQL, the schema is created first; on H2, with a larger cache for
     * this open only (index builds sort through it), the benchmarks then open it with memberkit's URL as is.
     */
    Connection connectForLoading() throws SQLException {
        if (isH2()) {
            return DriverManager.getConnection(jdbcUrl + ";CACHE_SIZE=524288", user, password);
        }
        try (var c = DriverManager.getConnection(databaseUrl(), user, password); var s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + PG_SCHEMA);
        }
        return connect();
    }
}
