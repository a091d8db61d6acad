package io.memberkit.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonToken;
import io.memberkit.application.port.in.apikey.CreateApiKey;
import io.memberkit.application.port.in.user.RegisterUser;
import io.memberkit.bootstrap.server.LocalServer;
import io.memberkit.bootstrap.wiring.Memberkit;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.user.UserProfile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Scenario 4: {@code memberkit sync --all} of {@code organizations x 10 members} from {@code memberkit serve}, in a
 * child JVM capped at {@code -Xmx128m}, against two floors measured in the same run on the same machine:
 * <ol type="a">
 *   <li>the batched write of the same rows (accounts, organizations, members) into the same schema by hand-written
 *       JDBC, one transaction per page of 100 organizations, as the sync reads them;</li>
 *   <li>a Jackson streaming parse of the same bytes: the pages of {@code GET /api/1/organizations/} the sync reads,
 *       fetched once beforehand with the mirror's own {@code X-Fields}.</li>
 * </ol>
 * An entity is an organization or a membership (with its account): 10k organizations x 10 members are 110,000.
 * <p>
 * The remote is {@link LocalServer} (what {@code memberkit serve} runs) over an in-memory database in this JVM;
 * its data is written by SQL, as no use case writes 100,000 memberships fast enough. Each organization's first
 * member is its admin; 20,000 accounts are shared, each a member of five organizations.
 */
final class SyncLoad {
    static final int MEMBERS_EACH = 10;
    private static final int PAGE_SIZE = 100;
    /** The mirror's {@code X-Fields} for the walk of {@code GET /organizations/} (see UdataMirrorSource). */
    private static final String MIRROR_FIELDS = "data{id,name,acronym,slug,description,url,logo,business_number_id,"
            + "badges,created_at,last_modified,deleted,metrics,members{role,since,user{id,first_name,last_name,slug,"
            + "avatar,email}}},page,page_size,total,next_page,previous_page";
    private static final Instant CREATED = Instant.parse("2024-01-01T00:00:00Z");
    private static final String EPOCH = "TIMESTAMP WITH TIME ZONE '2024-01-01 00:00:00+00'";

    private final int organizations;
    private final int users;
    private final Path work;
    /** Seconds the remote took to serve every page once, with nothing else running: part of any sync's time. */
    private double serving;

    SyncLoad(int organizations, Path work) {
        this.organizations = organizations;
        this.users = Math.max(MEMBERS_EACH, organizations * MEMBERS_EACH / 5);
        this.work = work;
    }

    long entities() {
        return (long) organizations * (MEMBERS_EACH + 1);
    }

    /** Figures of one target: entities per second of each, and the child's heap. */
    record Figures(double memberkit, double memberkitAgain, double jdbc, double jackson, long peakUsedMb,
                   long poolPeaksMb, long maxHeapMb) {
    }

    List<String> rows(List<String> targets) throws Exception {
        var name = "sync-remote-" + UUID.randomUUID();
        try (var remote = Memberkit.builder().inMemory(name).build();
             var server = LocalServer.start(remote.useCases(), 0)) {
            var key = seed(remote, "jdbc:h2:mem:" + name + ";" + Target.H2_OPTIONS);
            capture(server, key); // once to warm the server up, as the sync children will find it
            var pages = capture(server, key);
            System.out.printf(Locale.ROOT, "[bench] sync: the remote serves the %,d organizations in %.1f s "
                    + "(%,.0f entities/s)%n", organizations, serving, entities() / serving);
            double jackson = jackson(pages);
            var rows = new ArrayList<String>();
            for (var targetName : targets) {
                var f = measure(targetName, server, key, jackson);
                var row = String.format(Locale.ROOT, "| %s | %,.0f | %,.0f | %,.0f | **%.2f** | %,.0f | %.3f | %d (of %d) |",
                        targetName, f.memberkit(), f.memberkitAgain(), f.jdbc(), f.memberkit() / f.jdbc(),
                        f.jackson(), f.memberkit() / f.jackson(), f.peakUsedMb(), f.maxHeapMb());
                System.out.println("[bench] sync " + row);
                rows.add(row);
            }
            return rows;
        }
    }

    private Figures measure(String targetName, LocalServer server, String key, double jackson) throws Exception {
        double jdbc;
        String[] child;
        var bench = Target.fromSystemProperties(targetName);
        if (bench.isH2()) {
            var dir = clean(work.resolve("sync-h2-memberkit"));
            var baseDir = clean(work.resolve("sync-h2-baseline"));
            Memberkit.builder().embeddedH2(baseDir).build().close(); // the schema, migrated by memberkit itself
            try (var c = Target.h2(baseDir).connect()) {
                jdbc = write(c);
            }
            child = new String[] {"h2", dir.toString(), server.url().toString()};
        } else {
            var base = bench.databaseUrl();
            dropSchemas(bench, base);
            Memberkit.builder().postgres(base, bench.user(), bench.password()).schema("memberkit_sync_baseline")
                    .build().close(); // the schema, migrated by memberkit itself
            try (var c = Target.postgres(base, bench.user(), bench.password(), "memberkit_sync_baseline").connect()) {
                jdbc = write(c);
            }
            child = new String[] {"postgres", base, bench.user(), "memberkit_sync", server.url().toString()};
        }
        var first = runChild(child, key, bench.password());
        var again = runChild(child, key, bench.password()); // nothing changed remotely: every checksum matches
        return new Figures(entities() / (first[0] / 1e3), entities() / (again[0] / 1e3), jdbc, jackson,
                Math.max(first[2], again[2]), Math.max(first[3], again[3]), first[4]);
    }

    private static void dropSchemas(Target bench, String base) throws SQLException {
        try (var c = java.sql.DriverManager.getConnection(base, bench.user(), bench.password());
             var s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS memberkit_sync CASCADE");
            s.execute("DROP SCHEMA IF EXISTS memberkit_sync_baseline CASCADE");
        }
    }

    /** {@code synced <ms> <organizations> <sampled peak MB> <pool peaks MB> <max MB>} of one child run. */
    private long[] runChild(String[] args, String key, String dbPassword) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-cp", System.getProperty("java.class.path"), SyncChild.class.getName()));
        var extra = System.getProperty("bench.sync.jvm", ""); // e.g. a flight recording, to see where the time goes
        if (!extra.isBlank()) {
            command.addAll(1, Arrays.asList(extra.trim().split("\\s+")));
        }
        command.addAll(Arrays.asList(args));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("MEMBERKIT_API_KEY", key);
        builder.environment().put("MEMBERKIT_DB_PASSWORD", dbPassword);
        var process = builder.start();
        var lines = new ArrayList<String>();
        try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                lines.add(line);
            }
        }
        int exit = process.waitFor();
        var synced = lines.stream().filter(l -> l.startsWith("synced ")).findFirst();
        if (exit != 0 || synced.isEmpty()) {
            throw new IllegalStateException("the sync child failed (exit " + exit + "):\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())));
        }
        var figures = Arrays.stream(synced.get().substring(7).split(" ")).mapToLong(Long::parseLong).toArray();
        if (figures[1] != organizations + 0L) {
            throw new IllegalStateException("the sync read " + figures[1] + " organizations, not " + organizations);
        }
        return figures;
    }

    // ---- the remote --------------------------------------------------------------------------------------------

    /** The remote's data; returns the API key of the account the mirror acts as (a member of none of them). */
    private String seed(Memberkit remote, String url) throws SQLException {
        var uc = remote.useCases();
        var syncer = uc.registerUser().register(new RegisterUser(Actor.anonymous(), new UserProfile("Sync", "Bench",
                new EmailAddress("sync-bench@example.org"), null, null, null))).id();
        var key = uc.createApiKey().create(new CreateApiKey(Actor.user(syncer), "sync-bench")).token().value();
        try (var c = java.sql.DriverManager.getConnection(url, "sa", ""); var s = c.createStatement()) {
            // SYSTEM_RANGE's column is upper-case "X", which DATABASE_TO_LOWER=TRUE would not find unquoted
            s.executeUpdate(("INSERT INTO users (id, slug, first_name, last_name, email, roles, active, since) "
                    + "SELECT 'u' || X, 'account-' || X, 'First' || X, 'Last' || X, 'account' || X || '@example.org', "
                    + "'', TRUE, " + EPOCH + " FROM SYSTEM_RANGE(1, " + users + ")").replace("X", "\"X\""));
            s.executeUpdate(("INSERT INTO organizations (id, name, slug, created, last_modified, members_count) "
                    + "SELECT 'o' || X, 'Organization ' || X, 'organization-' || X, " + EPOCH + ", " + EPOCH + ", "
                    + MEMBERS_EACH + " FROM SYSTEM_RANGE(1, " + organizations + ")").replace("X", "\"X\""));
            s.executeUpdate(("INSERT INTO members (organization_id, user_id, role, since) "
                    + "SELECT 'o' || O.X, 'u' || (MOD((O.X - 1) * " + MEMBERS_EACH + " + M.X - 1, " + users + ") + 1), "
                    + "CASE WHEN M.X = 1 THEN 'admin' ELSE 'editor' END, " + EPOCH + " + M.X * INTERVAL '1' MINUTE "
                    + "FROM SYSTEM_RANGE(1, " + organizations + ") O, SYSTEM_RANGE(1, " + MEMBERS_EACH + ") M")
                    .replace("X", "\"X\""));
        }
        return key;
    }

    /** The bytes the sync reads: every page of the organization walk, with the mirror's fields. */
    private List<byte[]> capture(LocalServer server, String key) throws IOException, InterruptedException {
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var pages = new ArrayList<byte[]>();
        int count = (organizations + PAGE_SIZE - 1) / PAGE_SIZE;
        long t0 = System.nanoTime();
        for (int page = 1; page <= count; page++) {
            var request = HttpRequest.newBuilder(URI.create(server.url() + "/organizations/?sort=created&page=" + page
                            + "&page_size=" + PAGE_SIZE))
                    .header("X-API-KEY", key).header("X-Fields", MIRROR_FIELDS).GET().build();
            var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("page " + page + ": " + response.statusCode());
            }
            pages.add(response.body());
        }
        serving = (System.nanoTime() - t0) / 1e9;
        long counted = 0;
        for (var page : pages) {
            counted += parse(page);
        }
        if (counted != entities()) {
            throw new IllegalStateException("the pages hold " + counted + " entities, not " + entities());
        }
        return pages;
    }

    // ---- floor (b): Jackson streaming parse of the same bytes ----------------------------------------------------

    private static final JsonFactory JSON = new JsonFactory();
    private static long textRead;

    /** Entities per second of the best of five parses of all pages, after three to warm up. */
    private double jackson(List<byte[]> pages) throws IOException {
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 8; round++) {
            long t0 = System.nanoTime();
            long n = 0;
            for (var page : pages) {
                n += parse(page);
            }
            long took = System.nanoTime() - t0;
            if (n != entities()) {
                throw new IllegalStateException("parsed " + n);
            }
            if (round >= 3) {
                best = Math.min(best, took);
            }
        }
        return entities() / (best / 1e9);
    }

    /** Organizations and members in one page; every string value is materialised, as a real reader would. */
    static long parse(byte[] page) throws IOException {
        long entities = 0;
        long chars = 0;
        try (var parser = JSON.createParser(page)) {
            for (JsonToken token; (token = parser.nextToken()) != null; ) {
                if (token == JsonToken.VALUE_STRING) {
                    chars += parser.getText().length();
                } else if (token == JsonToken.START_OBJECT) {
                    var array = parser.getParsingContext().getParent();
                    if (array != null && array.inArray()) {
                        var field = array.getParent().getCurrentName();
                        if ("data".equals(field) || "members".equals(field)) {
                            entities++;
                        }
                    }
                }
            }
        }
        textRead += chars; // kept, so that no JIT can skip reading the text
        return entities;
    }

    // ---- floor (a): hand-written batched JDBC write of the same rows ---------------------------------------------

    /** Entities per second: the accounts, organizations and members of each page of 100 in one transaction. */
    private double write(Connection c) throws SQLException {
        c.setAutoCommit(false);
        var created = Timestamp.from(CREATED);
        var seen = new boolean[users + 1];
        long t0 = System.nanoTime();
        try (var user = c.prepareStatement("INSERT INTO users (id, slug, first_name, last_name, email, roles, active, "
                + "since) VALUES (?, ?, ?, ?, ?, '', TRUE, ?)");
             var organization = c.prepareStatement("INSERT INTO organizations (id, name, slug, created, "
                     + "last_modified, members_count) VALUES (?, ?, ?, ?, ?, ?)");
             var member = c.prepareStatement("INSERT INTO members (organization_id, user_id, role, since) "
                     + "VALUES (?, ?, ?, ?)")) {
            for (int first = 1; first <= organizations; first += PAGE_SIZE) {
                int last = Math.min(organizations, first + PAGE_SIZE - 1);
                for (int o = first; o <= last; o++) {
                    organization.setString(1, "udata.o" + o);
                    organization.setString(2, "Organization " + o);
                    organization.setString(3, "organization-" + o);
                    organization.setTimestamp(4, created);
                    organization.setTimestamp(5, created);
                    organization.setLong(6, MEMBERS_EACH);
                    organization.addBatch();
                    for (int m = 1; m <= MEMBERS_EACH; m++) {
                        int u = ((o - 1) * MEMBERS_EACH + m - 1) % users + 1;
                        if (!seen[u]) {
                            seen[u] = true;
                            user.setString(1, "udata.u" + u);
                            user.setString(2, "account-" + u);
                            user.setString(3, "First" + u);
                            user.setString(4, "Last" + u);
                            user.setString(5, "account" + u + "@example.org");
                            user.setTimestamp(6, created);
                            user.addBatch();
                        }
                        member.setString(1, "udata.o" + o);
                        member.setString(2, "udata.u" + u);
                        member.setString(3, m == 1 ? "admin" : "editor");
                        member.setTimestamp(4, Timestamp.from(CREATED.plusSeconds(60L * m)));
                        member.addBatch();
                    }
                }
                user.executeBatch();
                organization.executeBatch();
                member.executeBatch();
                c.commit();
            }
        }
        return entities() / ((System.nanoTime() - t0) / 1e9);
    }

    private static Path clean(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (var p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(dir);
    }
}
