package io.memberkit.bootstrap.wiring;

/** The configuration keys of the database, in one place. */
final class DatabaseSettings {
    /** What H2 needs to speak the PostgreSQL dialect memberkit's queries are written in. */
    static final String H2_OPTIONS = "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    static final String URL = "datasources.default.url";
    static final String USER = "datasources.default.username";
    static final String PASSWORD = "datasources.default.password";

    private DatabaseSettings() {
    }
}
