package io.memberkit.adapter.persistence.common;

/**
 * The database password, handed to the connection pool as a bean rather than as a configuration property:
 * Micronaut logs every property value it resolves at TRACE ("Resolved value [...] for property"), so a password
 * given as {@code datasources.default.password} ends up in the logs of anyone who turns TRACE on.
 * {@link DatabasePasswordSetter} sets it on the pool's configuration as the pool is created.
 */
public record DatabasePassword(String value) {
    public DatabasePassword {
        value = value == null ? "" : value;
    }

    @Override
    public String toString() {
        return "DatabasePassword[redacted]";
    }
}
