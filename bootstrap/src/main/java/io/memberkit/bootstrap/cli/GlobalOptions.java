package io.memberkit.bootstrap.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Options every command takes. Settings come from application.yml, then environment variables, then these flags
 * (see {@link Connection} for where memberkit works). Secrets (database password, API key) are read from the
 * environment only, never from flags, so they never appear in a process list or a shell history. They are
 * inherited: they may be given before or after the subcommand ({@code memberkit --as u1 members list org} or
 * {@code memberkit members list org --as u1}).
 */
public final class GlobalOptions {
    @Option(names = {"-o", "--output"}, description = "table (default) or json", defaultValue = "table",
            scope = ScopeType.INHERIT)
    public OutputFormat output = OutputFormat.table;

    @Option(names = "--as", scope = ScopeType.INHERIT,
            description = "offline: the user (id) acting; online the API key's owner acts, and --as is refused")
    public String as;

    @Option(names = "--remote", paramLabel = "<base-url>", scope = ScopeType.INHERIT,
            description = "online against the remote API at <base-url>, e.g. https://demo.data.gouv.fr/api/1 "
            + "(--mode remote --base-url <base-url>); the API key is read from MEMBERKIT_API_KEY only")
    public String remote;

    @Option(names = "--mode", paramLabel = "local|remote", scope = ScopeType.INHERIT,
            description = "local (default): the local database; remote: a remote API (or MEMBERKIT_MODE)")
    public String mode;

    @Option(names = "--base-url", scope = ScopeType.INHERIT,
            description = "online: the remote API's base URL (or MEMBERKIT_BASE_URL; default "
            + "https://www.data.gouv.fr/api/1)")
    public String baseUrl;

    @Option(names = "--provider", scope = ScopeType.INHERIT,
            description = "online: which remote API (or MEMBERKIT_PROVIDER; default udata)")
    public String provider;

    @Option(names = "--data-dir", scope = ScopeType.INHERIT,
            description = "offline: the embedded database's directory (default ./data)")
    public Path dataDir;

    @Option(names = "--jdbc-url", scope = ScopeType.INHERIT,
            description = "offline: a PostgreSQL JDBC URL instead of the embedded H2 "
            + "(user and password from MEMBERKIT_DB_USER / MEMBERKIT_DB_PASSWORD)")
    public String jdbcUrl;

    public enum OutputFormat { table, json }
}
