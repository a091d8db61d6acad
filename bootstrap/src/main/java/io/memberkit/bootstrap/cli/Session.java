package io.memberkit.bootstrap.cli;

import io.memberkit.bootstrap.wiring.Memberkit;
import io.memberkit.bootstrap.wiring.UseCases;
import io.memberkit.domain.common.Actor;
import java.nio.file.Path;

/**
 * What a command works with: the use cases, opened on first use from the global options, and the actor. Opening
 * lazily keeps {@code --help} and usage errors free of any database start-up.
 */
final class Session implements AutoCloseable {
    private final GlobalOptions options;
    /** Opened by someone else (a test, an embedding program): used, never closed here. */
    private final Memberkit given;
    private Memberkit memberkit;

    Session(GlobalOptions options, Memberkit given) {
        this.options = options;
        this.given = given;
    }

    UseCases useCases() {
        if (given != null) {
            return given.useCases();
        }
        if (memberkit == null) {
            memberkit = open(options);
        }
        return memberkit.useCases();
    }

    /** The actor named by {@code --as}, or anonymous. */
    Actor actor() {
        return options.as == null || options.as.isBlank() ? Actor.anonymous() : Actor.user(options.as);
    }

    static Memberkit open(GlobalOptions options) {
        var builder = Memberkit.builder();
        if (options.jdbcUrl != null) {
            builder.postgres(options.jdbcUrl, System.getenv("MEMBERKIT_DB_USER"), System.getenv("MEMBERKIT_DB_PASSWORD"));
        } else if (options.dataDir != null) {
            builder.embeddedH2(options.dataDir);
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
