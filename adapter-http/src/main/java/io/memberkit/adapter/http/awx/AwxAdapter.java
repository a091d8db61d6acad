package io.memberkit.adapter.http.awx;

import io.memberkit.adapter.http.common.PassThroughUnitOfWork;
import io.memberkit.adapter.http.common.ProvisionalIds;
import io.memberkit.adapter.http.common.RemoteProvider;
import io.memberkit.adapter.http.common.UnsupportedAssignments;
import io.memberkit.adapter.http.common.UnsupportedFollows;
import io.memberkit.adapter.http.common.UnsupportedMembershipRequests;
import io.memberkit.adapter.http.common.UnsupportedSubjects;
import io.memberkit.application.port.out.ApiKeyRepository;
import io.memberkit.application.port.out.EventLog;
import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.domain.common.UserId;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * The outbound ports over an AWX (Ansible Tower, Automation Controller) server's API v2, built with plain
 * {@code new} from an {@link AwxConfiguration}. Users, organizations and their members are read; members are
 * added, promoted, demoted and removed through AWX's role lists. AWX has no invitations or membership requests
 * (an admin adds a user directly: {@code AddMemberUseCase}), no partial editors or assignments, no follows: those
 * ports answer {@code BackendFailure.NotSupported("...", "awx")}, as do account and organization writes.
 * <pre>{@code
 * try (var awx = AwxAdapter.create(AwxConfiguration.of(URI.create("https://awx.example.org")).withToken(token))) {
 *     var ports = awx.ports(localApiKeys, localEventLog, Clock.systemUTC());
 * }
 * }</pre>
 */
public final class AwxAdapter implements RemoteProvider {
    private final AwxConfiguration configuration;
    private final AwxClient client;
    private final AwxUserRepository users;
    private final AwxOrganizationRepository organizations;
    private final AwxMemberRepository members;

    private AwxAdapter(AwxConfiguration configuration) {
        this.configuration = Objects.requireNonNull(configuration, "configuration");
        this.client = new AwxClient(configuration);
        this.users = new AwxUserRepository(client);
        this.organizations = new AwxOrganizationRepository(client);
        this.members = new AwxMemberRepository(client);
    }

    public static AwxAdapter create(AwxConfiguration configuration) {
        return new AwxAdapter(configuration);
    }

    @Override
    public String provider() {
        return AwxConfiguration.PROVIDER;
    }

    @Override
    public OutboundPorts ports(ApiKeyRepository localApiKeys, EventLog events, Clock clock) {
        var provider = provider();
        return new OutboundPorts(users, organizations, members, new UnsupportedMembershipRequests(provider),
                new UnsupportedAssignments(provider), new UnsupportedSubjects(provider),
                new UnsupportedFollows(provider), localApiKeys, events, new ProvisionalIds(),
                new PassThroughUnitOfWork(), clock);
    }

    public AwxUserRepository users() {
        return users;
    }

    public AwxOrganizationRepository organizations() {
        return organizations;
    }

    public AwxMemberRepository members() {
        return members;
    }

    /** The shared client, for reads beyond the ports (lazy walks over {@code next}). */
    public AwxClient client() {
        return client;
    }

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
        return "AwxAdapter[" + configuration + "]";
    }
}
