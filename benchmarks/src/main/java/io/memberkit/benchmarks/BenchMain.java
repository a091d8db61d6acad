package io.memberkit.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The benchmark runner: loads the data set where needed, runs each scenario with its baseline side by side through
 * JMH, and prints the figures as Markdown (also written to {@code benchmarks/target/results/}).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar --sizes full --targets h2,postgres
 * java -jar benchmarks/target/benchmarks.jar --sizes short --targets h2           # the smoke run: seconds
 * </pre>
 * Options: {@code --sizes short|full}, {@code --targets h2,postgres}, {@code --scenarios may-edit,member-page,
 * suggest,server,sync,explain}, {@code --timing smoke|full} (default: smoke for the short data set), {@code --forks N}. System properties {@code bench.h2.dir}, {@code bench.pg.url},
 * {@code bench.pg.user}, {@code bench.pg.password} say where the databases are.
 */
public final class BenchMain {
    private final Sizes sizes;
    private final List<String> targets;
    private final List<String> scenarios;
    /** The smoke run's timing: one short iteration, no fork. */
    private final boolean smoke;
    private final int forks;
    private final StringBuilder report = new StringBuilder();

    private BenchMain(Map<String, String> options) {
        this.sizes = Sizes.named(options.getOrDefault("sizes", "short"));
        this.targets = List.of(options.getOrDefault("targets", "h2").split(","));
        this.scenarios = List.of(options.getOrDefault("scenarios", "may-edit,member-page,suggest,server,sync,explain").split(","));
        this.smoke = options.getOrDefault("timing", sizes == Sizes.SHORT ? "smoke" : "full").equals("smoke");
        this.forks = Integer.parseInt(options.getOrDefault("forks", smoke ? "0" : "1"));
    }

    public static void main(String[] args) throws Exception {
        var options = new LinkedHashMap<String, String>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new BenchMain(options).run();
    }

    private void run() throws Exception {
        System.setProperty("bench.sizes", sizes.name());
        line("# memberkit benchmarks: " + sizes.name() + " data set, "
                + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 16));
        line("");
        line(Environment.describe(targets));
        // scenario 4 brings its own data
        for (var name : scenarios.equals(List.of("sync")) ? List.<String>of() : targets) {
            Loader.ensure(Target.fromSystemProperties(name), sizes);
        }
        if (scenarios.contains("may-edit")) {
            mayEdit();
        }
        if (scenarios.contains("member-page")) {
            memberPages();
        }
        if (scenarios.contains("suggest")) {
            suggest();
        }
        if (scenarios.contains("server")) {
            server();
        }
        if (scenarios.contains("sync")) {
            sync();
        }
        if (scenarios.contains("explain")) {
            line("## Query plans of the hot queries\n");
            for (var name : targets) {
                line(Explain.plans(Target.fromSystemProperties(name), Opened.dataset(sizes)));
            }
        }
        var file = Path.of("benchmarks/target/results", sizes.name() + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println("\n[bench] written to " + file);
    }

    // ---- scenarios ---------------------------------------------------------------------------------------------

    private void mayEdit() throws RunnerException {
        line("## 1. May user U edit object O of organization G (MayEditUseCase vs one hand-written query)\n");
        line("| target | threads | memberkit ops/s | baseline ops/s | ratio (≥ 0.8) | load |");
        line("|---|---|---|---|---|---|");
        var latencies = new ArrayList<String>();
        for (var target : targets) {
            for (int threads : new int[] {1, 2}) {
                var load = load();
                var m = run(MayEditBenchmark.class, "memberkit", Mode.Throughput, threads, Map.of("target", target));
                var b = run(MayEditBenchmark.class, "baseline", Mode.Throughput, threads, Map.of("target", target));
                line(String.format(Locale.ROOT, "| %s | %d | %,.0f | %,.0f | **%.2f** | %s→%s |", target, threads,
                        m.getPrimaryResult().getScore(), b.getPrimaryResult().getScore(),
                        m.getPrimaryResult().getScore() / b.getPrimaryResult().getScore(), load, load()));
            }
            var m = run(MayEditBenchmark.class, "memberkit", Mode.SampleTime, 1, Map.of("target", target));
            var b = run(MayEditBenchmark.class, "baseline", Mode.SampleTime, 1, Map.of("target", target));
            var a = run(MayEditBenchmark.class, "adapter", Mode.SampleTime, 1, Map.of("target", target));
            latencies.add(latencyRow(target + ", 1 thread", m, b));
            latencies.add(latencyRow(target + ", 1 thread, the adapter alone (MemberRepository.editRights)", a, b));
        }
        line("");
        latencyTable("Latency, 1 thread (target: p99 ≤ 100 µs on H2, ≤ 300 µs on PostgreSQL)", latencies);
    }

    private void memberPages() throws RunnerException {
        line("## 2. A page of the largest organization's members, oldest first (ListMembersAfterUseCase vs keyset by hand)\n");
        var rows = new ArrayList<String>();
        var adapterRows = new ArrayList<String>();
        var offsetRows = new ArrayList<String>();
        for (var target : targets) {
            for (var depth : List.of("first", "deep")) {
                for (var size : List.of("20", "100")) {
                    var params = Map.of("target", target, "size", size, "depth", depth);
                    var label = target + ", " + size + " at " + (depth.equals("first") ? "row 0" : "row "
                            + String.format(Locale.ROOT, "%,d", sizes.deepRow()));
                    var m = run(MemberPageBenchmark.class, "memberkit", Mode.SampleTime, 1, params);
                    var b = run(MemberPageBenchmark.class, "baseline", Mode.SampleTime, 1, params);
                    var a = run(MemberPageBenchmark.class, "adapter", Mode.SampleTime, 1, params);
                    rows.add(latencyRow(label, m, b));
                    adapterRows.add(latencyRow(label, a, b));
                    if (!smoke || depth.equals("first")) {
                        var mo = run(MemberPageBenchmark.class, "memberkitOffset", Mode.SampleTime, 1, params);
                        var bo = run(MemberPageBenchmark.class, "baselineOffset", Mode.SampleTime, 1, params);
                        offsetRows.add(latencyRow(label, mo, bo));
                    }
                }
            }
        }
        latencyTable("By cursor (target: ≤ 1.25x the baseline at both depths)", rows);
        latencyTable("The adapter alone (MemberRepository.listAfter: no viewer, no organization check, no unit of "
                + "work) vs the same baseline", adapterRows);
        latencyTable("By offset, for comparison (ListMembersUseCase vs a hand-written LIMIT/OFFSET join)", offsetRows);
    }

    private void suggest() throws RunnerException {
        line("## 3. User suggest by prefix, 10 results (SuggestUsersUseCase vs the same UNION ALL by hand)\n");
        var rows = new ArrayList<String>();
        for (var target : targets) {
            for (var letters : List.of("2", "3", "5")) {
                var params = Map.of("target", target, "letters", letters);
                var m = run(SuggestBenchmark.class, "memberkit", Mode.SampleTime, 1, params);
                var b = run(SuggestBenchmark.class, "baseline", Mode.SampleTime, 1, params);
                rows.add(latencyRow(target + ", " + letters + " letters", m, b));
            }
        }
        latencyTable("Latency, 1 thread (target: ≤ 2x the baseline at p50 and p99)", rows);
    }

    private void server() throws Exception {
        line("## 6. The local server over loopback vs the same use cases in-process\n");
        line("| target | endpoint | clients | in-process calls/s | server requests/s | ratio | in-process p50 / p99 (µs) "
                + "| server p50 / p99 (µs) | errors |");
        line("|---|---|---|---|---|---|---|---|---|");
        var warmup = smoke ? java.time.Duration.ofMillis(500) : java.time.Duration.ofSeconds(5);
        var measured = smoke ? java.time.Duration.ofSeconds(1) : java.time.Duration.ofSeconds(10);
        for (var target : targets) {
            for (var row : new ServerLoad(Opened.of(target), warmup, measured).rows(target, new int[] {1, 4})) {
                line(row);
            }
        }
        line("");
    }

    private void sync() throws Exception {
        int organizations = Integer.getInteger("bench.sync.organizations", sizes == Sizes.FULL ? 10_000 : 300);
        // beside the loaded data set: a fresh database per target and run
        var load = new SyncLoad(organizations, Target.fromSystemProperties("h2").h2Directory().orElseThrow()
                .getParent());
        line(String.format(Locale.ROOT, "## 4. Sync of %,d organizations x %d members from memberkit serve "
                + "(%,d entities; the sync in a child JVM with -Xmx128m)%n", organizations, SyncLoad.MEMBERS_EACH,
                load.entities()));
        line("| target | memberkit sync, entities/s | again, nothing changed | (a) batched JDBC write, entities/s "
                + "| ratio to (a) (≥ 0.5) | (b) Jackson streaming parse, entities/s | ratio to (b) "
                + "| peak heap used, MB (-Xmx) |");
        line("|---|---|---|---|---|---|---|---|");
        for (var row : load.rows(targets)) {
            line(row);
        }
        line("");
    }

    // ---- JMH ---------------------------------------------------------------------------------------------------

    private RunResult run(Class<?> benchmark, String method, Mode mode, int threads, Map<String, String> params)
            throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(benchmark.getName() + "\\." + method + "$")
                .mode(mode)
                .timeUnit(mode == Mode.Throughput ? TimeUnit.SECONDS : TimeUnit.MICROSECONDS)
                .threads(threads)
                .forks(forks)
                .warmupIterations(smoke ? 1 : 2)
                .warmupTime(smoke ? TimeValue.milliseconds(200) : TimeValue.seconds(2))
                .measurementIterations(smoke ? 1 : 4)
                .measurementTime(smoke ? TimeValue.milliseconds(300) : TimeValue.seconds(2))
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .jvmArgsAppend(forkArguments());
        params.forEach(options::param);
        var results = new Runner(options.build()).run();
        if (results.size() != 1) {
            throw new IllegalStateException("expected one result for " + method + " " + params + ", got "
                    + results.size());
        }
        var result = results.iterator().next();
        System.out.printf(Locale.ROOT, "[bench] %s.%s %s %s threads=%d: %.3f %s%n", benchmark.getSimpleName(), method,
                params, mode.shortLabel(), threads, result.getPrimaryResult().getScore(),
                result.getPrimaryResult().getScoreUnit());
        return result;
    }

    private String[] forkArguments() {
        var arguments = new ArrayList<>(List.of("-Xms1g", "-Xmx2g", "-Dbench.sizes=" + sizes.name()));
        for (var property : List.of("bench.h2.dir", "bench.pg.url", "bench.pg.user", "bench.pg.password")) {
            if (System.getProperty(property) != null) {
                arguments.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        return arguments.toArray(String[]::new);
    }

    // ---- report ------------------------------------------------------------------------------------------------

    private static String latencyRow(String label, RunResult memberkit, RunResult baseline) {
        var m = memberkit.getPrimaryResult().getStatistics();
        var b = baseline.getPrimaryResult().getStatistics();
        return String.format(Locale.ROOT, "| %s | %s / %s / %s | %s / %s / %s | **%.2f** / **%.2f** | %.2f |", label,
                micros(m.getPercentile(50)), micros(m.getPercentile(99)), micros(m.getPercentile(99.9)),
                micros(b.getPercentile(50)), micros(b.getPercentile(99)), micros(b.getPercentile(99.9)),
                m.getPercentile(50) / b.getPercentile(50), m.getPercentile(99) / b.getPercentile(99),
                m.getMean() / b.getMean());
    }

    private void latencyTable(String title, List<String> rows) {
        line("**" + title + "**\n");
        line("| case | memberkit p50 / p99 / p99.9 (µs) | baseline p50 / p99 / p99.9 (µs) | ratio p50 / p99 | ratio of means |");
        line("|---|---|---|---|---|");
        rows.forEach(this::line);
        line("");
    }

    private static String micros(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String load() {
        return String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private void line(String text) {
        report.append(text).append('\n');
        System.out.println(text);
    }

    static String join(String[] values) {
        return String.join(",", Arrays.asList(values));
    }
}
