package io.memberkit.bootstrap.wiring;

import io.memberkit.adapter.persistence.common.DatabasePassword;
import io.memberkit.adapter.persistence.common.PersistenceFactory;
import io.memberkit.adapter.persistence.common.SchemaVersion;
import io.memberkit.adapter.persistence.mirror.JdbcMirrorRepository;
import io.memberkit.adapter.persistence.mirror.JdbcOutboxRepository;
import io.memberkit.adapter.http.awx.AwxAdapter;
import io.memberkit.adapter.http.awx.AwxConfiguration;
import io.memberkit.adapter.http.common.RemoteProvider;
import io.memberkit.adapter.http.isogeo.IsogeoAdapter;
import io.memberkit.adapter.http.isogeo.IsogeoConfiguration;
import io.memberkit.adapter.http.udata.UdataAdapter;
import io.memberkit.adapter.http.udata.UdataConfiguration;
import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.domain.common.Actor;
import io.memberkit.application.service.MembershipSettings;
import io.memberkit.application.service.MirrorStatusService;
import io.memberkit.application.service.MirrorSyncService;
import io.memberkit.application.service.OutboxPushService;
import io.memberkit.application.service.OutboxRecorder;
import io.micronaut.context.ApplicationContext;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
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
    /** Where memberkit's tables go on a platform's pool unless told otherwise. */
    public static final String DEFAULT_PLATFORM_SCHEMA = "memberkit";
    private final ApplicationContext context;
    private final UseCases useCases;
    private final RemoteProvider remote;
    private final MirrorUseCases mirror;
    private final RemoteProvider mirrored;

    private Memberkit(ApplicationContext context, UseCases useCases, RemoteProvider remote, MirrorUseCases mirror,
                      RemoteProvider mirrored) {
        this.context = context;
        this.useCases = useCases;
        this.remote = remote;
        this.mirror = mirror;
        this.mirrored = mirrored;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every use case, each behind its own inbound port. */
    public UseCases useCases() {
        return useCases;
    }

    /**
     * The offline mirror: sync from the remote named by {@link Builder#mirrorOf}, push the outbox back, the status
     * and the conflicts. Offline only: online, the use cases already work on the remote.
     */
    public MirrorUseCases mirror() {
        if (mirror == null) {
            throw new IllegalStateException("online, there is no local mirror: the use cases work on the remote");
        }
        return mirror;
    }

    /**
     * Online, the actor is the owner of the API key or credentials (asked of the remote once); offline there is
     * none, as every command names its actor.
     */
    public Optional<Actor> keyOwner() {
        return remote == null ? Optional.empty() : remote.owner().map(Actor::user);
    }

    @Override
    public void close() {
        try {
            if (remote != null) {
                remote.close();
            }
            if (mirrored != null) {
                mirrored.close();
            }
        } finally {
            context.close();
        }
    }

    /** How memberkit is set up: where its data lives, its clock, its invitation delays and rate limit. */
    public static final class Builder {
        private final Map<String, Object> properties = new LinkedHashMap<>();
        private DataSource platformPool;
        private Supplier<RemoteProvider> remote;
        private Supplier<RemoteProvider> mirrorOf;
        private String schema;
        private final List<EventListener> listeners = new ArrayList<>();
        private ListenerFailureHandler onListenerFailure = (event, listener, failure) ->
                LOG.warn("A listener failed on {}; the change is committed and stays", event.type(), failure);
        // milliseconds: what both databases keep exactly, so a time read back equals the time written
        private Clock clock = Clock.tickMillis(ZoneOffset.UTC);
        private MembershipSettings settings = MembershipSettings.DEFAULTS;
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

        /**
         * The platform's own pool: memberkit borrows its connections and never closes the pool. Its tables go in
         * their own schema ({@code memberkit} unless {@link #schema} says otherwise), with their own Flyway history
         * table, beside the platform's tables and never among them. An H2 pool must run in PostgreSQL mode
         * ({@value DatabaseSettings#H2_OPTIONS}).
         */
        public Builder dataSource(DataSource platformPool) {
            this.platformPool = Objects.requireNonNull(platformPool, "dataSource");
            return this;
        }

        /** The schema of memberkit's tables, on a platform's pool or a PostgreSQL database. */
        public Builder schema(String name) {
            if (name == null || !name.matches("[a-z_][a-z0-9_]{0,62}")) {
                throw new IllegalArgumentException("schema: lower-case letters, digits and _, starting with a letter");
            }
            this.schema = name;
            return this;
        }

        /**
         * Online: the use cases run against a remote API with the same rules, and the local database (the default
         * or the one configured) keeps only the audit trail. {@code provider} is {@code udata} (the API key, sent as
         * {@code X-API-KEY}), {@code isogeo} (an access token, sent as a bearer token) or {@code awx} (a token, or
         * {@code user:password} for basic authentication). Blank credentials are taken from the environment
         * variable {@value UdataConfiguration#API_KEY_VARIABLE}. Credentials never appear in logs, messages or
         * {@code toString}. What a provider cannot do fails as {@code BackendFailure.NotSupported}.
         */
        public Builder remote(String provider, URI baseUrl, String credentials) {
            Objects.requireNonNull(baseUrl, "baseUrl");
            this.remote = provider(provider, baseUrl, credentials);
            return this;
        }

        /**
         * Offline mirror mode: the use cases keep working on the local database, and {@link #mirror()} syncs it from
         * this remote and pushes its outbox back to it. Credentials as for {@link #remote}; uData only.
         */
        public Builder mirrorOf(String provider, URI baseUrl, String credentials) {
            Objects.requireNonNull(baseUrl, "baseUrl");
            this.mirrorOf = provider(provider, baseUrl, credentials);
            return this;
        }

        private static Supplier<RemoteProvider> provider(String provider, URI baseUrl, String credentials) {
            var given = credentials == null || credentials.isBlank()
                    ? System.getenv(UdataConfiguration.API_KEY_VARIABLE) : credentials;
            return switch (provider == null ? "" : provider) {
                case UdataConfiguration.PROVIDER -> {
                    var udata = UdataConfiguration.defaults().withBaseUrl(baseUrl).withApiKey(credentials);
                    yield () -> UdataAdapter.create(udata);
                }
                case IsogeoConfiguration.PROVIDER -> {
                    var isogeo = IsogeoConfiguration.defaults().withBaseUrl(baseUrl).withToken(given);
                    yield () -> IsogeoAdapter.create(isogeo);
                }
                case AwxConfiguration.PROVIDER -> {
                    var awx = AwxConfiguration.of(baseUrl).withCredentials(given);
                    yield () -> AwxAdapter.create(awx);
                }
                default -> throw new IllegalArgumentException("provider: " + provider + " is not supported; known: "
                        + String.join(", ", UdataConfiguration.PROVIDER, IsogeoConfiguration.PROVIDER,
                        AwxConfiguration.PROVIDER));
            };
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

        /** How long an invitation can be accepted when it asks for no delay of its own (7 days unless said otherwise). */
        public Builder invitationTtl(Duration value) {
            var ttl = Objects.requireNonNull(value, "invitationTtl");
            this.settings = new MembershipSettings(ttl, ttl.compareTo(settings.maxInvitationTtl()) > 0 ? ttl
                    : settings.maxInvitationTtl(), settings.invitationsPerWindow(), settings.invitationWindow());
            return this;
        }

        /** The longest delay one invitation may ask for (30 days unless said otherwise). */
        public Builder maxInvitationTtl(Duration value) {
            this.settings = settings.withMaxInvitationTtl(Objects.requireNonNull(value, "maxInvitationTtl"));
            return this;
        }

        /** How many invitations an organization may send per sliding window (50 per 24 hours unless said otherwise). */
        public Builder invitationRateLimit(int invitations, Duration window) {
            this.settings = settings.withRateLimit(invitations, Objects.requireNonNull(window, "window"));
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
            var configuration = new LinkedHashMap<>(properties);
            var effectiveSchema = platformPool != null && schema == null ? DEFAULT_PLATFORM_SCHEMA : schema;
            if (effectiveSchema != null) {
                configuration.put("flyway.datasources.default.schemas", effectiveSchema);
                if (platformPool == null) {
                    configuration.put("datasources.default.schema", effectiveSchema);
                }
            }
            // an embedded database that holds the latest schema already: no Flyway at start-up (see SchemaVersion);
            // only where the database checked is surely the one the pool opens: the default file, in its default
            // schema, with no URL given by the builder, the environment or a system property
            var current = platformPool == null && effectiveSchema == null && !urlGivenElsewhere()
                    && !configuration.containsKey(DatabaseSettings.URL)
                    && configuration.get(DatabaseSettings.DATA_DIR) instanceof String dir
                    ? SchemaVersion.openIfCurrent(DatabaseSettings.embeddedUrl(dir), "sa", "")
                    : Optional.<java.sql.Connection>empty();
            if (current.isPresent()) {
                configuration.put("flyway.datasources.default.enabled", false);
            }
            try {
                return build(configuration, effectiveSchema);
            } finally {
                current.ifPresent(Builder::close);
            }
        }

        /** A database URL from outside the builder, which Micronaut would give the pool over the data directory. */
        private static boolean urlGivenElsewhere() {
            return System.getenv("MEMBERKIT_JDBC_URL") != null || System.getenv("DATASOURCES_DEFAULT_URL") != null
                    || System.getProperty(DatabaseSettings.URL) != null
                    || System.getProperty("datasources.default.url") != null;
        }

        private static void close(java.sql.Connection connection) {
            try {
                connection.close();
            } catch (java.sql.SQLException ignored) {
                // the pool holds the database open by now; this one only read the schema's version
            }
        }

        private Memberkit build(Map<String, Object> configuration, String effectiveSchema) {
            var context = ApplicationContext.builder()
                    .environments(PersistenceFactory.ENVIRONMENT)
                    .deduceEnvironment(false)
                    .banner(false)
                    .properties(configuration)
                    .singletons(password)
                    .build();
            if (platformPool != null) {
                context.registerSingleton(new PlatformDataSourceFactory.PlatformDataSource(platformPool,
                        effectiveSchema));
            }
            RemoteProvider adapter = null;
            RemoteProvider source = null;
            try {
                context.start();
                var local = context.getBean(OutboundPorts.class);
                var mirrorStore = context.getBean(JdbcMirrorRepository.class);
                var outbox = context.getBean(JdbcOutboxRepository.class);
                adapter = remote == null ? null : remote.get();
                // offline, a write on a mirrored organization also goes to the outbox, in the same transaction
                var ports = adapter == null ? local : adapter.ports(local.apiKeys(), local.events(), clock);
                var log = adapter == null ? new OutboxRecorder(local.events(), mirrorStore, outbox) : ports.events();
                var events = new AfterCommitEvents(listeners, onListenerFailure);
                var wired = new OutboundPorts(ports.users(), ports.organizations(), ports.members(),
                        ports.requests(), ports.assignments(), ports.subjects(), ports.follows(), ports.apiKeys(),
                        events.around(log), ports.ids(), events.around(ports.unitOfWork()), clock);
                MirrorUseCases mirror = null;
                if (adapter == null) {
                    var status = new MirrorStatusService(mirrorStore, outbox, local.unitOfWork(), clock);
                    if (mirrorOf == null) {
                        mirror = new MirrorUseCases(null, null, status);
                    } else {
                        source = mirrorOf.get();
                        var mirrorSource = source.mirrorSource();
                        var sync = new MirrorSyncService(mirrorSource, mirrorStore, local.unitOfWork(), clock);
                        var push = new OutboxPushService(mirrorSource.origin(), source.ports(local.apiKeys(),
                                local.events(), clock), mirrorStore, outbox, local.unitOfWork(), clock, sync);
                        mirror = new MirrorUseCases(sync, push, status);
                    }
                }
                return new Memberkit(context, new UseCases(wired, settings), adapter, mirror, source);
            } catch (RuntimeException e) {
                if (adapter != null) {
                    adapter.close();
                }
                if (source != null) {
                    source.close();
                }
                if (context.isRunning()) {
                    context.close();
                }
                throw e;
            }
        }
    }
}
