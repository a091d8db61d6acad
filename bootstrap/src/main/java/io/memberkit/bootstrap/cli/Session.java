package io.memberkit.bootstrap.cli;

import io.memberkit.bootstrap.wiring.Memberkit;
import io.memberkit.bootstrap.wiring.MirrorUseCases;
import io.memberkit.bootstrap.wiring.UseCases;
import io.memberkit.domain.common.Actor;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a command works with: the use cases, opened on first use from the global options (the local database, or a
 * remote API: see {@link Connection}), and the actor. Opening lazily keeps {@code --help} and usage errors free of
 * any database start-up or remote call.
 */
final class Session implements AutoCloseable {
    private final GlobalOptions options;
    /** Opened by someone else (a test, an embedding program): used, never closed here. */
    private final Memberkit given;
    private final Map<String, String> environment;
    private Connection connection;
    private Memberkit memberkit;
    private Actor keyOwner;

    Session(GlobalOptions options, Memberkit given, Map<String, String> environment) {
        this.options = options;
        this.given = given;
        this.environment = environment;
    }

    UseCases useCases() {
        return memberkit().useCases();
    }

    /**
     * The offline mirror of the local database; with {@code --remote} (or the mode and base URL settings) that remote
     * is the one mirrored and pushed to, while the use cases stay local.
     */
    MirrorUseCases mirror() {
        if (given != null) {
            return given.mirror();
        }
        if (memberkit == null) {
            memberkit = open(options, connection(), environment, true);
        }
        return memberkit.mirror();
    }

    private Memberkit memberkit() {
        if (given != null) {
            return given;
        }
        if (memberkit == null) {
            memberkit = open(options, connection(), environment);
        }
        return memberkit;
    }

    private Connection connection() {
        if (connection == null) {
            connection = given != null ? Connection.LOCAL
                    : Connection.resolve(options, environment, Connection.applicationYml());
        }
        return connection;
    }

    /**
     * Offline, the user named by {@code --as}, or anonymous. Online, the API key's owner (asked of the remote once),
     * or anonymous without a key.
     */
    Actor actor() {
        if (connection().online()) {
            if (keyOwner == null) {
                keyOwner = memberkit().keyOwner().orElse(Actor.anonymous());
            }
            return keyOwner;
        }
        return options.as == null || options.as.isBlank() ? Actor.anonymous() : Actor.user(options.as);
    }

    /** Online, the local database (the default or the one configured) keeps the audit trail and the local API keys. */
    static Memberkit open(GlobalOptions options, Connection connection, Map<String, String> environment) {
        return open(options, connection, environment, false);
    }

    private static Memberkit open(GlobalOptions options, Connection connection, Map<String, String> environment,
                                  boolean mirror) {
        var builder = Memberkit.builder();
        if (options.jdbcUrl != null) {
            builder.postgres(options.jdbcUrl, environment.get("MEMBERKIT_DB_USER"),
                    environment.get("MEMBERKIT_DB_PASSWORD"));
        } else if (options.dataDir != null) {
            builder.embeddedH2(options.dataDir);
        }
        if (connection.online() && mirror) {
            builder.mirrorOf(connection.provider(), connection.baseUrl(), connection.apiKey());
        } else if (connection.online()) {
            builder.remote(connection.provider(), connection.baseUrl(), connection.apiKey());
        }
        return builder.build();
    }

    static Memberkit openEmbedded(Path dataDir) {
        return Memberkit.builder().embeddedH2(dataDir).build();
    }

    @Override
    public void close() {
        if (memberkit != null) {
            memberkit.close();
        }
    }
}
