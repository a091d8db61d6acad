package io.memberkit.bootstrap.wiring;

import io.memberkit.adapter.persistence.common.DatabasePassword;
import io.memberkit.adapter.persistence.common.PersistenceFactory;
import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.application.service.MembershipSettings;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The way in for plain Java callers: configure, {@link Builder#build() build}, take the use cases, close.
 * <pre>{@code
 * try (var memberkit = Memberkit.builder().embeddedH2(Path.of("data")).build()) {
 *     var invitation = memberkit.useCases().inviteMember().invite(new InviteMember(...));
 * }
 * }</pre>
 * A Micronaut context runs inside, because the database adapter is made of Micronaut Data repositories generated
 * at compile time; the caller never sees it, writes no annotation and needs no Micronaut knowledge. Closing
 * releases the context and with it every pool and thread it started.
 */
public final class Memberkit implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Memberkit.class);
    private final ApplicationContext context;
    private final UseCases useCases;

    private Memberkit(ApplicationContext context, UseCases useCases) {
        this.context = context;
        this.useCases = useCases;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every use case, each behind its own inbound port. */
    public UseCases useCases() {
        return useCases;
    }

    @Override
    public void close() {
        context.close();
    }

    /** How memberkit is set up: where its data lives, its clock, its invitation delay. */
    public static final class Builder {
        private final Map<String, Object> properties = new LinkedHashMap<>();
        private final List<EventListener> listeners = new ArrayList<>();
        private ListenerFailureHandler onListenerFailure = (event, listener, failure) ->
                LOG.warn("A listener failed on {}; the change is committed and stays", event.type(), failure);
        // milliseconds: what both databases keep exactly, so a time read back equals the time written
        private Clock clock = Clock.tickMillis(ZoneOffset.UTC);
        private Duration invitationTtl = MembershipSettings.DEFAULTS.invitationTtl();
        /** A bean, never a property: Micronaut logs resolved property values at TRACE. */
        private DatabasePassword password = new DatabasePassword("");

        private Builder() {
        }

        /** The embedded H2 database in {@code dataDirectory} (created and migrated on first start). The default. */
        public Builder embeddedH2(Path dataDirectory) {
            properties.put(DatabaseSettings.DATA_DIR, dataDirectory.toAbsolutePath().toString());
            return this;
        }

        /** An in-memory H2 database that lives as long as this instance: for tests and demos. */
        public Builder inMemory(String name) {
            return jdbc("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;" + DatabaseSettings.H2_OPTIONS, "sa", "");
        }

        /** A PostgreSQL database, shared by as many memberkit instances as needed. */
        public Builder postgres(String jdbcUrl, String user, String password) {
            return jdbc(jdbcUrl, user, password);
        }

        private Builder jdbc(String url, String user, String password) {
            properties.put(DatabaseSettings.URL, Objects.requireNonNull(url, "url"));
            properties.put(DatabaseSettings.USER, user == null ? "" : user);
            this.password = new DatabasePassword(password);
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** How long an invitation can be accepted (7 days unless said otherwise). */
        public Builder invitationTtl(Duration value) {
            this.invitationTtl = Objects.requireNonNull(value, "invitationTtl");
            return this;
        }

        /** Called with each event once its use case has committed; see {@link EventListener}. */
        public Builder onEvent(EventListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /** Told when a listener throws; by default the failure is logged at WARN. */
        public Builder onListenerFailure(ListenerFailureHandler handler) {
            this.onListenerFailure = Objects.requireNonNull(handler, "handler");
            return this;
        }

        public Memberkit build() {
            var settings = new MembershipSettings(invitationTtl);
            var context = ApplicationContext.builder()
                    .properties(properties)
                    .environments(PersistenceFactory.ENVIRONMENT)
                    .deduceEnvironment(false)
                    .banner(false)
                    .singletons(password)
                    .start();
            try {
                var ports = context.getBean(OutboundPorts.class);
                var events = new AfterCommitEvents(listeners, onListenerFailure);
                var wired = new OutboundPorts(ports.users(), ports.organizations(), ports.members(),
                        ports.requests(), ports.assignments(), ports.subjects(), ports.follows(),
                        events.around(ports.events()), ports.ids(), events.around(ports.unitOfWork()), clock);
                return new Memberkit(context, new UseCases(wired, settings));
            } catch (RuntimeException e) {
                context.close();
                throw e;
            }
        }
    }
}
