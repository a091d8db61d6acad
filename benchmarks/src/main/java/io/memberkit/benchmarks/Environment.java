package io.memberkit.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/** The machine and the database settings, for the report. */
final class Environment {
    private Environment() {
    }

    static String describe(List<String> targets) {
        var out = new StringBuilder("## Machine and settings\n\n");
        out.append("- CPU: ").append(Runtime.getRuntime().availableProcessors()).append(" cores available (")
                .append(cpuModel()).append(")\n");
        out.append("- memory: ").append(memory()).append('\n');
        out.append("- JDK: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append(", ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
                .append('\n');
        out.append(String.format(Locale.ROOT, "- load average at start: %.2f (1 min)%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        for (var name : targets) {
            var target = Target.fromSystemProperties(name);
            out.append("- ").append(name).append(": `").append(target.jdbcUrl()).append("`");
            try (var c = target.isH2() ? target.connect() : target.connectForLoading(); var s = c.createStatement()) {
                out.append(", ").append(c.getMetaData().getDatabaseProductName()).append(' ')
                        .append(c.getMetaData().getDatabaseProductVersion());
                var sql = target.isH2()
                        ? "SELECT setting_name || '=' || setting_value FROM information_schema.settings "
                          + "WHERE setting_name IN ('CACHE_SIZE', 'info.CACHE_MAX_SIZE', 'MODE', "
                          + "'DEFAULT_NULL_ORDERING', 'QUERY_CACHE_SIZE') ORDER BY 1"
                        : "SELECT name || '=' || setting || coalesce(unit, '') FROM pg_settings WHERE name IN "
                          + "('shared_buffers', 'work_mem', 'effective_cache_size', 'random_page_cost', "
                          + "'max_connections', 'jit', 'synchronous_commit', 'lc_collate') ORDER BY 1";
                try (var rows = s.executeQuery(sql)) {
                    var settings = new StringBuilder();
                    while (rows.next()) {
                        settings.append(settings.isEmpty() ? "" : ", ").append(rows.getString(1));
                    }
                    out.append(" (").append(settings).append(')');
                }
            } catch (SQLException e) {
                out.append(" (not reachable: ").append(e.getMessage()).append(')');
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown model");
        } catch (IOException e) {
            return "unknown model";
        }
    }

    private static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> {
                        long kb = Long.parseLong(l.replaceAll("\\D+", ""));
                        return String.format(Locale.ROOT, "%.1f GiB", kb / 1024.0 / 1024.0);
                    }).orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
