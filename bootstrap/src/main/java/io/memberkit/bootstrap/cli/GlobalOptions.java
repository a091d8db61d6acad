package io.memberkit.bootstrap.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Options every command takes. Settings come from application.yml, then environment variables, then these flags.
 * Secrets (database password, API key) are read from the environment only, never from flags, so they never
 * appear in a process list or a shell history. They are inherited: they may be given before or after the
 * subcommand ({@code memberkit --as u1 members list org} or {@code memberkit members list org --as u1}).
 */
public final class GlobalOptions {
    @Option(names = {"-o", "--output"}, description = "table (default) or json", defaultValue = "table",
            scope = ScopeType.INHERIT)
    public OutputFormat output = OutputFormat.table;

    @Option(names = "--as", scope = ScopeType.INHERIT,
            description = "offline: the user (id) acting; online the API key's owner acts")
    public String as;

    @Option(names = "--data-dir", scope = ScopeType.INHERIT,
            description = "offline: the embedded database's directory (default ./data)")
    public Path dataDir;

    @Option(names = "--jdbc-url", scope = ScopeType.INHERIT,
            description = "offline: a PostgreSQL JDBC URL instead of the embedded H2 "
            + "(user and password from MEMBERKIT_DB_USER / MEMBERKIT_DB_PASSWORD)")
    public String jdbcUrl;

    public enum OutputFormat { table, json }
}
