package io.memberkit.bootstrap.wiring;

/** The configuration keys of the database, in one place. */
final class DatabaseSettings {
    /** What H2 needs to speak the PostgreSQL dialect memberkit's queries are written in. */
    static final String H2_OPTIONS = "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    static final String DATA_DIR = "memberkit.data-dir";
    static final String URL = "memberkit.jdbc-url";
    static final String USER = "memberkit.db-user";

    private DatabaseSettings() {
    }

    /** The embedded database in {@code dataDir}, as application-persistence.yml spells it from the data directory. */
    static String embeddedUrl(String dataDir) {
        return "jdbc:h2:file:" + dataDir + "/memberkit;" + H2_OPTIONS;
    }
}
