package io.memberkit.adapter.http.isogeo;

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
 * The outbound ports over Isogeo's API, built with plain {@code new} from an {@link IsogeoConfiguration}. Isogeo
 * answers about the token's owner only: their account and their workgroups with their role. So "me" and "my
 * organizations with my role" work; everything else is {@code BackendFailure.NotSupported("...", "isogeo")}: lists
 * and writes of users, workgroups and members, invitations and requests, assignments, subjects and follows.
 * <pre>{@code
 * try (var isogeo = IsogeoAdapter.create(IsogeoConfiguration.defaults().withToken(token))) {
 *     var ports = isogeo.ports(localApiKeys, localEventLog, Clock.systemUTC());
 * }
 * }</pre>
 */
public final class IsogeoAdapter implements RemoteProvider {
    private final IsogeoConfiguration configuration;
    private final IsogeoClient client;
    private final IsogeoUserRepository users;
    private final IsogeoOrganizationRepository organizations;
    private final IsogeoMemberRepository members;

    private IsogeoAdapter(IsogeoConfiguration configuration) {
        this.configuration = Objects.requireNonNull(configuration, "configuration");
        this.client = new IsogeoClient(configuration);
        this.users = new IsogeoUserRepository(client);
        this.organizations = new IsogeoOrganizationRepository(client);
        this.members = new IsogeoMemberRepository(client);
    }

    public static IsogeoAdapter create(IsogeoConfiguration configuration) {
        return new IsogeoAdapter(configuration);
    }

    @Override
    public String provider() {
        return IsogeoConfiguration.PROVIDER;
    }

    @Override
    public OutboundPorts ports(ApiKeyRepository localApiKeys, EventLog events, Clock clock) {
        var provider = provider();
        return new OutboundPorts(users, organizations, members, new UnsupportedMembershipRequests(provider),
                new UnsupportedAssignments(provider), new UnsupportedSubjects(provider),
                new UnsupportedFollows(provider), localApiKeys, events, new ProvisionalIds(),
                new PassThroughUnitOfWork(), clock);
    }

    public IsogeoUserRepository users() {
        return users;
    }

    public IsogeoOrganizationRepository organizations() {
        return organizations;
    }

    public IsogeoMemberRepository members() {
        return members;
    }

    /** The shared client, for what the ports do not carry (the owner's phone, language, time zone, capabilities). */
    public IsogeoClient client() {
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
        return "IsogeoAdapter[" + configuration + "]";
    }
}
