package io.memberkit.adapter.http.udata;

import io.memberkit.adapter.http.common.RemoteCall;
import io.memberkit.adapter.http.udata.mapping.UdataAssignmentMapper;
import io.memberkit.adapter.http.udata.mapping.UdataMemberMapper;
import io.memberkit.adapter.http.udata.mapping.UdataOrganizationMapper;
import io.memberkit.adapter.http.udata.mapping.UdataRequestMapper;
import io.memberkit.adapter.http.udata.mapping.UdataUserMapper;
import io.memberkit.adapter.http.udata.wire.UdataAssignment;
import io.memberkit.adapter.http.udata.wire.UdataMember;
import io.memberkit.adapter.http.udata.wire.UdataMembershipRequest;
import io.memberkit.adapter.http.udata.wire.UdataOrganization;
import io.memberkit.adapter.http.udata.wire.UdataOrganizationRef;
import io.memberkit.application.port.out.MirrorExtras;
import io.memberkit.application.port.out.MirrorScope;
import io.memberkit.application.port.out.MirrorSource;
import io.memberkit.application.port.out.MirroredOrganization;
import io.memberkit.application.port.out.RemoteOrigin;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.error.Forbidden;
import io.memberkit.domain.error.Gone;
import io.memberkit.domain.error.NotFound;
import io.memberkit.domain.membership.MemberDetails;
import io.memberkit.domain.membership.MembershipRequest;
import io.memberkit.domain.user.User;
import io.micronaut.core.type.Argument;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * uData read for mirroring, over the adapter's one client: {@code GET /organizations/} walked lazily (following
 * {@code next_page}; the next page is read while the sync writes the current one, so two pages at most are held),
 * an organization's members from {@code GET /organizations/{org}/} when the list did not include them, and, where
 * the key's owner is an admin, {@code GET .../membership/?status=pending} and {@code GET .../assignments/}.
 */
public final class UdataMirrorSource implements MirrorSource {
    /** Organizations per page of the walk. */
    static final int PAGE_SIZE = 100;
    private static final String MEMBER_FIELDS = "members{role,since,user{id,first_name,last_name,slug,avatar,email}}";
    private static final Argument<UdataOrganization> ORGANIZATION = Argument.of(UdataOrganization.class);
    private static final Argument<List<UdataMembershipRequest>> REQUESTS =
            Argument.listOf(UdataMembershipRequest.class);
    private static final Argument<List<UdataAssignment>> ASSIGNMENTS = Argument.listOf(UdataAssignment.class);
    private final UdataClient client;
    private final RemoteOrigin origin;

    UdataMirrorSource(UdataClient client, UdataConfiguration configuration) {
        this.client = client;
        this.origin = new RemoteOrigin(UdataConfiguration.PROVIDER, configuration.baseUrl().toString());
    }

    @Override
    public RemoteOrigin origin() {
        return origin;
    }

    @Override
    public User me() {
        return UdataUserMapper.INSTANCE.toDomain(client.me());
    }

    @Override
    public long count(MirrorScope scope) {
        if (scope instanceof MirrorScope.Chosen chosen) {
            return chosen.organizations().size();
        }
        if (scope instanceof MirrorScope.All) {
            var first = client.read(RemoteCall.get("/organizations/").query("page", 1).query("page_size", 1)
                    .header("X-Fields", "data{id},total"), UdataClient.pageOf(UdataOrganization.class));
            return first.total() == null ? -1 : first.total();
        }
        return myOrganizations().size();
    }

    @Override
    public Stream<MirroredOrganization> organizations(MirrorScope scope) {
        if (scope instanceof MirrorScope.All) {
            return client.walkReadingAhead(link -> link.map(q -> RemoteCall.get("/organizations/").queryOf(q))
                            .orElseGet(() -> RemoteCall.get("/organizations/").query("sort", "created")
                                    .query("page", 1).query("page_size", PAGE_SIZE))
                            .header("X-Fields", "data{" + UdataClient.ORGANIZATION_FIELDS + "," + MEMBER_FIELDS
                                    + "},page,page_size,total,next_page,previous_page"),
                    UdataOrganization.class, this::mirrored);
        }
        var wanted = scope instanceof MirrorScope.Chosen chosen ? chosen.organizations() : myOrganizations();
        return wanted.stream().map(this::one).flatMap(Optional::stream);
    }

    private List<String> myOrganizations() {
        var me = client.me();
        return me.organizations() == null ? List.of() : me.organizations().stream().filter(Objects::nonNull)
                .map(UdataOrganizationRef::id).filter(Objects::nonNull).toList();
    }

    /** One organization with its members; empty when the remote no longer has it. */
    private Optional<MirroredOrganization> one(String idOrSlug) {
        try {
            return Optional.of(client.read(RemoteCall.get("/organizations/{}/", idOrSlug).header("X-Fields",
                    UdataClient.ORGANIZATION_FIELDS + "," + MEMBER_FIELDS), ORGANIZATION, this::withMembers));
        } catch (NotFound | Gone absent) {
            return Optional.empty();
        }
    }

    /** An item of the list: its members came with it (uData), or are read on their own (memberkit serve). */
    private MirroredOrganization mirrored(UdataOrganization wire) {
        if (wire.members() != null) {
            return withMembers(wire);
        }
        return client.read(RemoteCall.get("/organizations/{}/", wire.id()).header("X-Fields",
                UdataClient.ORGANIZATION_FIELDS + "," + MEMBER_FIELDS), ORGANIZATION, this::withMembers);
    }

    private MirroredOrganization withMembers(UdataOrganization wire) {
        var organization = UdataOrganizationMapper.INSTANCE.toDomain(wire);
        var members = new ArrayList<MemberDetails>();
        for (UdataMember member : wire.members() == null ? List.<UdataMember>of() : wire.members()) {
            if (member != null && member.user() != null && member.user().id() != null) {
                members.add(UdataMemberMapper.INSTANCE.toDetails(member, organization.id()));
            }
        }
        return new MirroredOrganization(organization, members);
    }

    @Override
    public MirrorExtras extras(OrganizationId organization) {
        List<MembershipRequest> pending;
        var accounts = new ArrayList<User>();
        try {
            pending = client.read(RemoteCall.get("/organizations/{}/membership/", organization.value())
                    .query("status", "pending"), REQUESTS, list -> {
                        var found = new ArrayList<MembershipRequest>();
                        for (var wire : list) {
                            if (wire == null) {
                                continue;
                            }
                            var request = UdataRequestMapper.INSTANCE.toDomain(wire, organization);
                            found.add(request);
                            if (wire.user() != null && wire.user().id() != null && wire.user().firstName() != null) {
                                accounts.add(UdataUserMapper.INSTANCE.fromReference(wire.user(), request.created()));
                            }
                        }
                        return found;
                    });
        } catch (Forbidden | NotFound | Gone notAnAdmin) {
            return MirrorExtras.NONE;
        }
        List<io.memberkit.domain.assignment.Assignment> assignments;
        try {
            assignments = client.read(RemoteCall.get("/organizations/{}/assignments/", organization.value()),
                    ASSIGNMENTS, list -> list.stream().filter(Objects::nonNull)
                            .map(a -> UdataAssignmentMapper.INSTANCE.toDomain(a, organization)).toList());
        } catch (Forbidden | NotFound | Gone notReadable) {
            assignments = List.of();
        }
        return new MirrorExtras(pending, assignments, accounts);
    }

    @Override
    public String toString() {
        return "UdataMirrorSource[" + origin + "]";
    }
}
