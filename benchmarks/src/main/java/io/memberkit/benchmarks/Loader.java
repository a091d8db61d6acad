package io.memberkit.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.Map;
import java.util.stream.Stream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes a {@link Dataset} into memberkit's own schema. The schema comes from memberkit itself: the target is first
 * opened through {@code Memberkit.builder()}, which runs the real Flyway migrations. Then, for speed only: on H2,
 * referential checks are off and the plain secondary indexes are dropped during the load; on PostgreSQL, the
 * foreign keys and plain secondary indexes are dropped and rows go in with COPY. Every dropped index and constraint
 * is recreated from the database's own definition of it afterwards, so the loaded schema is exactly the migrated
 * one, and the statistics are refreshed. The database is then marked with the data set's fingerprint, and a later
 * run with the same seed and sizes reuses it.
 */
public final class Loader {
    private static final String MARK_PREFIX = "memberkit-bench ";

    private Loader() {
    }

    /** Loads {@code sizes} into {@code target} unless it holds exactly that data set already. */
    public static void ensure(Target target, Sizes sizes) {
        try {
            if (fingerprint(target).map(sizes.fingerprint()::equals).orElse(false)) {
                System.out.println("[load] " + target.name() + ": reusing the data set (" + sizes.name() + ")");
                return;
            }
            long started = System.nanoTime();
            var data = Dataset.generate(sizes);
            long generated = System.nanoTime();
            reset(target);
            try (var memberkit = target.memberkit().build()) {
                // opening memberkit migrates the empty database with its own Flyway scripts
            }
            long migrated = System.nanoTime();
            try (var connection = target.connectForLoading()) {
                if (target.isH2()) {
                    loadH2(connection, data);
                } else {
                    loadPostgres(connection, data);
                }
                mark(connection, target, sizes);
            }
            long loaded = System.nanoTime();
            System.out.printf("[load] %s: %s generated in %.1f s, migrated in %.1f s, loaded in %.1f s%n",
                    target.name(), sizes.name(), (generated - started) / 1e9, (migrated - generated) / 1e9,
                    (loaded - migrated) / 1e9);
        } catch (SQLException e) {
            throw new IllegalStateException("could not load the data set into " + target.name(), e);
        }
    }

    static Optional<String> fingerprint(Target target) throws SQLException {
        if (target.isH2() && !Files.exists(target.h2Directory().get().resolve("memberkit.mv.db"))) {
            return Optional.empty();
        }
        try (var c = target.isH2() ? target.connect() : target.connectForLoading(); var s = c.createStatement()) {
            var sql = target.isH2()
                    ? "SELECT remarks FROM information_schema.tables WHERE table_name = 'users'"
                    : "SELECT obj_description(to_regclass('users'), 'pg_class')";
            try (var rows = s.executeQuery(sql)) {
                if (rows.next() && rows.getString(1) != null && rows.getString(1).startsWith(MARK_PREFIX)) {
                    return Optional.of(rows.getString(1).substring(MARK_PREFIX.length()));
                }
            }
        } catch (SQLException e) {
            return Optional.empty(); // no schema yet
        }
        return Optional.empty();
    }

    private static void mark(Connection c, Target target, Sizes sizes) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute("COMMENT ON TABLE users IS '" + MARK_PREFIX + sizes.fingerprint() + "'");
        }
        if (!c.getAutoCommit()) {
            c.commit();
        }
    }

    /** An empty database: the H2 files deleted, or the benchmark schema's tables dropped. */
    private static void reset(Target target) throws SQLException {
        if (target.isH2()) {
            var dir = target.h2Directory().get();
            try {
                Files.createDirectories(dir);
                try (Stream<Path> files = Files.list(dir)) {
                    for (var file : files.filter(f -> f.getFileName().toString().startsWith("memberkit.")).toList()) {
                        Files.delete(file);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        try (var c = target.connectForLoading(); var s = c.createStatement()) {
            s.execute("DROP SCHEMA " + Target.PG_SCHEMA + " CASCADE");
            s.execute("CREATE SCHEMA " + Target.PG_SCHEMA);
        }
    }

    // ---- H2 ----------------------------------------------------------------------------------------------------

    /** The tables the loader fills; their keys, unique constraints, foreign keys and indexes are set aside. */
    static final List<String> TABLES = List.of("users", "organizations", "organization_badges", "members", "subjects",
            "assignments");

    private static void loadH2(Connection c, Dataset data) throws SQLException {
        c.setAutoCommit(true);
        // H2's own DDL for everything that slows inserts down: recreated afterwards in the order the migration
        // created them (keys, unique constraints, foreign keys with the indexes they bring, then plain indexes),
        // so the loaded database has the very indexes of a migrated one
        var keys = new ArrayList<String>();
        var uniques = new ArrayList<String>();
        var foreignKeys = new ArrayList<String>();
        var indexes = new ArrayList<String>();
        try (var s = c.createStatement(); var script = s.executeQuery("SCRIPT NODATA NOPASSWORDS NOSETTINGS")) {
            while (script.next()) {
                var ddl = script.getString(1);
                if (ddl.startsWith("ALTER TABLE") && ddl.contains(" FOREIGN KEY(")) {
                    foreignKeys.add(ddl); // all of them: the other tables' keys point at the loaded ones
                } else if (!TABLES.contains(h2Table(ddl))) {
                    continue;
                } else if (ddl.startsWith("CREATE INDEX")) {
                    indexes.add(ddl);
                } else if (ddl.startsWith("ALTER TABLE") && ddl.contains(" PRIMARY KEY(")) {
                    keys.add(ddl);
                } else if (ddl.startsWith("ALTER TABLE") && ddl.contains(" UNIQUE ")) {
                    uniques.add(ddl);
                }
            }
        }
        var before = h2Indexes(c);
        try (var s = c.createStatement()) {
            for (var ddl : foreignKeys) {
                s.execute(dropConstraint(ddl));
            }
            for (var ddl : indexes) {
                s.execute("DROP INDEX " + ddl.substring("CREATE INDEX ".length(), ddl.indexOf(" ON ")));
            }
            for (var ddl : uniques) {
                s.execute(dropConstraint(ddl));
            }
            for (var ddl : keys) {
                s.execute(dropConstraint(ddl));
            }
        }
        c.setAutoCommit(false);
        writeAll(data, (table, columns) -> new H2Rows(c, table, columns));
        c.setAutoCommit(true);
        long indexing = System.nanoTime();
        try (var s = c.createStatement()) {
            for (var group : List.of(keys, uniques, foreignKeys, indexes)) {
                for (var ddl : group) {
                    // a foreign key is checked against the rows as it is added back: no NOCHECK
                    long t0 = System.nanoTime();
                    s.execute(ddl.replace(" NOCHECK", ""));
                    double took = (System.nanoTime() - t0) / 1e9;
                    if (took >= 5) { // which rebuild the time goes to
                        System.out.printf("[load] h2: %.1f s for %s%n", took, ddl.length() > 160
                                ? ddl.substring(0, 160) + "..." : ddl);
                    }
                }
            }
            s.execute("ANALYZE");
        }
        var after = h2Indexes(c);
        if (!after.equals(before)) {
            throw new IllegalStateException("the loaded database's indexes differ from the migrated ones: "
                    + before + " / " + after);
        }
        System.out.printf("[load] h2: %d keys, %d unique constraints, %d foreign keys, %d indexes rebuilt and "
                        + "checked in %.1f s%n", keys.size(), uniques.size(), foreignKeys.size(), indexes.size(),
                (System.nanoTime() - indexing) / 1e9);
    }

    private static String h2Table(String ddl) {
        var m = java.util.regex.Pattern.compile("(?:ALTER TABLE|ON) \"public\"\\.\"([a-z_]+)\"").matcher(ddl);
        return m.find() ? m.group(1) : "";
    }

    private static String dropConstraint(String addConstraint) {
        var m = java.util.regex.Pattern.compile("^ALTER TABLE (\\S+) ADD CONSTRAINT (\\S+) ").matcher(addConstraint);
        if (!m.find()) {
            throw new IllegalArgumentException("not a constraint: " + addConstraint);
        }
        return "ALTER TABLE " + m.group(1) + " DROP CONSTRAINT " + m.group(2);
    }

    /** Every index of the loaded tables as (table, kind, columns), names aside: H2 numbers the ones it makes. */
    private static java.util.SortedSet<String> h2Indexes(Connection c) throws SQLException {
        var found = new java.util.TreeSet<String>();
        try (var s = c.createStatement(); var rows = s.executeQuery("""
                SELECT i.table_name, i.index_type_name, LISTAGG(c.column_name, ',') WITHIN GROUP (ORDER BY c.ordinal_position)
                FROM information_schema.indexes i JOIN information_schema.index_columns c
                  ON c.index_schema = i.index_schema AND c.index_name = i.index_name
                WHERE i.table_schema = 'public'
                GROUP BY i.table_name, i.index_name, i.index_type_name""")) {
            while (rows.next()) {
                if (TABLES.contains(rows.getString(1))) {
                    found.add(rows.getString(1) + " " + rows.getString(2) + " (" + rows.getString(3) + ")");
                }
            }
        }
        return found;
    }

    /** Batched INSERTs, committed every few batches. */
    private static final class H2Rows implements Rows {
        private final Connection connection;
        private final PreparedStatement insert;
        private int pending;

        H2Rows(Connection connection, String table, String columns) throws SQLException {
            this.connection = connection;
            int count = columns.split(",").length;
            this.insert = connection.prepareStatement("INSERT INTO " + table + " (" + columns + ") VALUES ("
                    + "?, ".repeat(count - 1) + "?)");
        }

        @Override
        public void row(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                var value = values[i];
                insert.setObject(i + 1, value instanceof Instant at ? OffsetDateTime.ofInstant(at, ZoneOffset.UTC)
                        : value);
            }
            insert.addBatch();
            if (++pending % 1_000 == 0) {
                insert.executeBatch();
                connection.commit(); // small transactions: H2 checks uniqueness against its uncommitted rows
            }
        }

        @Override
        public void close() throws SQLException {
            insert.executeBatch();
            insert.close();
            connection.commit();
        }
    }

    // ---- PostgreSQL --------------------------------------------------------------------------------------------

    private static void loadPostgres(Connection c, Dataset data) throws SQLException {
        c.setAutoCommit(true);
        // PostgreSQL's own definitions of the keys, unique constraints, foreign keys and plain indexes: dropped for
        // the COPY, then added back (each index built once, by sorting; each foreign key checked in one pass)
        var constraints = new ArrayList<String[]>(); // table, name, kind, definition
        var indexes = new ArrayList<String>();
        try (var s = c.createStatement()) {
            try (var rows = s.executeQuery("""
                    SELECT conrelid::regclass::text, conname, contype, pg_get_constraintdef(oid) FROM pg_constraint
                    WHERE contype IN ('p', 'u', 'f') AND connamespace = current_schema()::regnamespace
                      AND conrelid::regclass::text <> 'memberkit_schema_history' ORDER BY 1, 2""")) {
                while (rows.next()) {
                    var table = rows.getString(1);
                    var kind = rows.getString(3);
                    if (kind.equals("f") || TABLES.contains(table)) {
                        constraints.add(new String[] {table, rows.getString(2), kind, rows.getString(4)});
                    }
                }
            }
            try (var rows = s.executeQuery("""
                    SELECT i.relname, pg_get_indexdef(x.indexrelid), t.relname FROM pg_index x
                    JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
                    WHERE t.relnamespace = current_schema()::regnamespace
                      AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)
                    ORDER BY 1""")) {
                while (rows.next()) {
                    if (TABLES.contains(rows.getString(3))) {
                        indexes.add(rows.getString(2));
                    }
                }
            }
            for (var kind : List.of("f", "u", "p")) {
                for (var k : constraints) {
                    if (k[2].equals(kind)) {
                        s.execute("ALTER TABLE " + k[0] + " DROP CONSTRAINT " + k[1]);
                    }
                }
            }
            for (var ddl : indexes) {
                s.execute("DROP INDEX " + ddl.substring("CREATE INDEX ".length(), ddl.indexOf(" ON ")));
            }
        }
        var copies = c.unwrap(PGConnection.class).getCopyAPI();
        writeAll(data, (table, columns) -> new CopyRows(copies.copyIn(
                "COPY " + table + " (" + columns + ") FROM STDIN (FORMAT csv)")));
        long indexing = System.nanoTime();
        try (var s = c.createStatement()) {
            for (var kind : List.of("p", "u")) {
                for (var k : constraints) {
                    if (k[2].equals(kind)) {
                        s.execute("ALTER TABLE " + k[0] + " ADD CONSTRAINT " + k[1] + " " + k[3]);
                    }
                }
            }
            for (var ddl : indexes) {
                s.execute(ddl);
            }
            for (var k : constraints) {
                if (k[2].equals("f")) {
                    s.execute("ALTER TABLE " + k[0] + " ADD CONSTRAINT " + k[1] + " " + k[3]);
                }
            }
            for (var table : TABLES) {
                s.execute("VACUUM ANALYZE " + table);
            }
        }
        System.out.printf("[load] postgres: %d constraints and %d indexes rebuilt, vacuumed in %.1f s%n",
                constraints.size(), indexes.size(), (System.nanoTime() - indexing) / 1e9);
    }

    /** Rows as CSV into one COPY, flushed a megabyte at a time. */
    private static final class CopyRows implements Rows {
        private final CopyIn copy;
        private final StringBuilder buffer = new StringBuilder(1 << 21);

        CopyRows(CopyIn copy) {
            this.copy = copy;
        }

        @Override
        public void row(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buffer.append(',');
                }
                var value = values[i];
                if (value == null) {
                    continue; // an unquoted empty field is NULL
                }
                var text = value.toString();
                if (value instanceof String && (text.isEmpty() || text.indexOf(',') >= 0 || text.indexOf('"') >= 0
                        || text.indexOf('\n') >= 0)) {
                    buffer.append('"').append(text.replace("\"", "\"\"")).append('"');
                } else {
                    buffer.append(text);
                }
            }
            buffer.append('\n');
            if (buffer.length() > 1 << 20) {
                flush();
            }
        }

        private void flush() throws SQLException {
            var bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }

        @Override
        public void close() throws SQLException {
            flush();
            copy.endCopy();
        }
    }

    // ---- the rows, whatever the database -----------------------------------------------------------------------

    interface Rows extends AutoCloseable {
        void row(Object... values) throws SQLException;

        @Override
        void close() throws SQLException;
    }

    @FunctionalInterface
    interface RowsFactory {
        Rows open(String table, String columns) throws SQLException;
    }

    private static void writeAll(Dataset d, RowsFactory open) throws SQLException {
        var timings = new LinkedHashMap<String, Double>();
        long t = System.nanoTime();
        try (var rows = open.open("users", "id, slug, first_name, last_name, email, about, website, avatar, roles, "
                + "active, since, last_login, deleted")) {
            for (int i = 0; i < d.sizes.users(); i++) {
                var since = Instant.ofEpochMilli(d.userSince(i));
                rows.row(d.userId(i), d.userSlug(i), d.firstName(i), d.lastName(i), d.email(i),
                        i % 7 == 0 ? "Contributeur de données ouvertes." : null, null,
                        i % 3 == 0 ? "https://static.example.org/avatars/" + Integer.toString(i, 36) + ".png" : null,
                        d.siteAdmin(i) ? "admin" : "", d.active(i), since,
                        i % 4 == 0 ? null : Instant.ofEpochMilli(Math.min(Dataset.END, d.userSince(i) + 86_400_000L)),
                        d.deleted(i) ? Instant.ofEpochMilli(Dataset.END) : null);
            }
        }
        t = lap(timings, "users", t);
        int organizations = d.sizes.organizations();
        try (var rows = open.open("organizations", "id, name, acronym, slug, description, url, logo, "
                + "business_number_id, created, last_modified, deleted, members_count, followers_count, "
                + "datasets_count, reuses_count, views_count")) {
            for (int g = 0; g < organizations; g++) {
                var created = Instant.ofEpochMilli(d.orgCreated[g]);
                rows.row(d.organizationId(g), d.organizationName(g), g % 5 == 0 ? "ORG" + g : null,
                        d.organizationSlug(g), "Les données de " + d.organizationName(g) + ".",
                        g % 2 == 0 ? "https://www.example.org/" + d.organizationSlug(g) : null, null, null, created,
                        created, null, (long) d.orgSize[g], 0L, (long) d.subjectCount[g], 0L, 0L);
            }
        }
        t = lap(timings, "organizations", t);
        try (var rows = open.open("organization_badges", "organization_id, badge")) {
            for (int g = 0; g < organizations; g++) {
                if (d.orgSize[g] >= 1_000 || g % 20 == 0) {
                    rows.row(d.organizationId(g), "public-service");
                }
                if (d.orgSize[g] >= 1_000) {
                    rows.row(d.organizationId(g), "certified");
                }
            }
        }
        try (var rows = open.open("members", "organization_id, user_id, role, since")) {
            for (int g = 0; g < organizations; g++) {
                var organization = d.organizationId(g);
                for (int m = d.orgFirstMember[g], end = m + d.orgSize[g]; m < end; m++) {
                    rows.row(organization, d.userId(d.memberUser[m]), Dataset.ROLE_CODES[d.memberRole[m]],
                            Instant.ofEpochMilli(d.memberSince[m]));
                }
            }
        }
        t = lap(timings, "members", t);
        try (var rows = open.open("subjects", "subject_class, subject_id, owner_id")) {
            for (int g = 0; g < organizations; g++) {
                for (int k = 0; k < d.subjectCount[g]; k++) {
                    rows.row(d.subjectClass(g, k), d.subjectId(g, k), d.organizationId(g));
                }
            }
        }
        t = lap(timings, "subjects", t);
        try (var rows = open.open("assignments", "organization_id, user_id, subject_class, subject_id, created")) {
            for (int a = 0; a < d.assignedMember.length; a++) {
                int m = d.assignedMember[a];
                int g = d.organizationOf(m);
                int k = d.assignedSubject[a];
                rows.row(d.organizationId(g), d.userId(d.memberUser[m]), d.subjectClass(g, k), d.subjectId(g, k),
                        Instant.ofEpochMilli(d.assignmentCreated(a)));
            }
        }
        lap(timings, "assignments", t);
        var line = new StringBuilder("[load] rows written in");
        timings.forEach((table, seconds) -> line.append(String.format(" %s %.1f s,", table, seconds)));
        System.out.println(line.substring(0, line.length() - 1));
    }

    private static long lap(Map<String, Double> timings, String what, long since) {
        long now = System.nanoTime();
        timings.put(what, (now - since) / 1e9);
        return now;
    }
}
