package io.memberkit.adapter.http.udata;

import io.memberkit.adapter.http.common.PassThroughUnitOfWork;
import io.memberkit.adapter.http.common.ProvisionalIds;
import io.memberkit.adapter.http.common.RemoteProvider;
import io.memberkit.application.port.out.ApiKeyRepository;
import io.memberkit.application.port.out.EventLog;
import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.domain.common.UserId;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * The outbound ports over one uData instance, built with plain {@code new} from a {@link UdataConfiguration}: no
 * bean context is needed, so bootstrap (or any embedding application) wires it in one line and closes it when done.
 * All ports share one HTTP client (one connection pool, one notion of the API key's owner).
 * <pre>{@code
 * try (var udata = UdataAdapter.create(UdataConfiguration.defaults().withApiKey(key))) {
 *     var ports = udata.ports(localApiKeys, localEventLog, Clock.systemUTC());
 *     ...
 * }
 * }</pre>
 * uData keeps no audit trail that memberkit could append to, and its API tokens are not memberkit's local keys, so
 * the {@link EventLog} and the {@link ApiKeyRepository} come from elsewhere (the local database in bootstrap).
 */
public final class UdataAdapter implements RemoteProvider {
    private final UdataConfiguration configuration;
    private final UdataClient client;
    private final UdataUserRepository users;
    private final UdataOrganizationRepository organizations;
    private final UdataMemberRepository members;
    private final UdataMembershipRequestRepository requests;
    private final UdataAssignmentRepository assignments;
    private final UdataSubjectRepository subjects;
    private final UdataFollowRepository follows;
    private final PassThroughUnitOfWork unitOfWork = new PassThroughUnitOfWork();
    private final ProvisionalIds ids = new ProvisionalIds();
    private final UdataMirrorSource mirrorSource;

    private UdataAdapter(UdataConfiguration configuration) {
        this.configuration = Objects.requireNonNull(configuration, "configuration");
        this.client = new UdataClient(configuration);
        this.users = new UdataUserRepository(client);
        this.organizations = new UdataOrganizationRepository(client);
        this.members = new UdataMemberRepository(client);
        this.requests = new UdataMembershipRequestRepository(client);
        this.assignments = new UdataAssignmentRepository(client);
        this.subjects = new UdataSubjectRepository(client);
        this.follows = new UdataFollowRepository(client);
        this.mirrorSource = new UdataMirrorSource(client, configuration);
    }

    public static UdataAdapter create(UdataConfiguration configuration) {
        return new UdataAdapter(configuration);
    }

    @Override
    public String provider() {
        return UdataConfiguration.PROVIDER;
    }

    /** The full set of ports, with the local API keys, event log and clock of the caller's choosing. */
    @Override
    public OutboundPorts ports(ApiKeyRepository localApiKeys, EventLog events, Clock clock) {
        return new OutboundPorts(users, organizations, members, requests, assignments, subjects, follows, localApiKeys,
                events, ids, unitOfWork, clock);
    }

    /** The remote read for mirroring it into a local database ({@code memberkit sync}). */
    @Override
    public UdataMirrorSource mirrorSource() {
        return mirrorSource;
    }

    public UdataUserRepository users() {
        return users;
    }

    public UdataOrganizationRepository organizations() {
        return organizations;
    }

    public UdataMemberRepository members() {
        return members;
    }

    public UdataMembershipRequestRepository requests() {
        return requests;
    }

    public UdataAssignmentRepository assignments() {
        return assignments;
    }

    public UdataSubjectRepository subjects() {
        return subjects;
    }

    public UdataFollowRepository follows() {
        return follows;
    }

    public PassThroughUnitOfWork unitOfWork() {
        return unitOfWork;
    }

    public ProvisionalIds ids() {
        return ids;
    }

    /** The shared client, for reads beyond the ports (lazy walks over {@code next_page}). */
    public UdataClient client() {
        return client;
    }

    /** The API key's owner, asked of {@code GET /me/} once; empty without a key. */
    @Override
    public Optional<UserId> owner() {
        return client.owner();
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public String toString() {
        return "UdataAdapter[" + configuration + "]";
    }
}
