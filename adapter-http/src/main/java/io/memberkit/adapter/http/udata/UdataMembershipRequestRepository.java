package io.memberkit.adapter.http.udata;

import java.time.Instant;
import io.memberkit.application.port.out.InvitationCount;
import io.memberkit.adapter.http.common.RemoteCall;
import io.memberkit.adapter.http.udata.mapping.UdataRequestMapper;
import io.memberkit.adapter.http.udata.mapping.UdataValues;
import io.memberkit.adapter.http.udata.wire.UdataComment;
import io.memberkit.adapter.http.udata.wire.UdataMembershipRequest;
import io.memberkit.adapter.http.udata.wire.UdataPendingInvitation;
import io.memberkit.adapter.http.udata.wire.UdataUser;
import io.memberkit.application.port.out.BackendFailure;
import io.memberkit.application.port.out.MembershipRequestRepository;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.Forbidden;
import io.memberkit.domain.error.Gone;
import io.memberkit.domain.error.NotFound;
import io.memberkit.domain.membership.Acceptance;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.MembershipRequest;
import io.memberkit.domain.membership.MembershipRequestId;
import io.memberkit.domain.membership.RequestStatus;
import io.micronaut.core.type.Argument;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Membership requests and invitations over uData's {@code /organizations/{org}/membership/}, {@code .../member/}
 * and {@code /me/org_invitations/}. uData lists them per organization, unpaged: {@code list} pages here, newest
 * first.
 * <p>
 * {@code find(id)}: uData has no "request by id" endpoint and its ids do not name their organization. This adapter
 * remembers the organization of every request it has seen or created (the last {@value #REMEMBERED}), and reads
 * that organization's list. An id it has never seen is looked for, in order, among the key owner's pending
 * invitations ({@code GET /me/org_invitations/}, which name their organization), then in the lists of the
 * organizations the key's owner belongs to (those it may not read are skipped). Not found anywhere: empty.
 * <p>
 * {@code pendingInvitationsFor} answers for the API key's owner only (uData lists no one else's invitations).
 */
public final class UdataMembershipRequestRepository implements MembershipRequestRepository {
    static final int REMEMBERED = 10_000;
    private static final UdataRequestMapper MAPPER = UdataRequestMapper.INSTANCE;
    private static final Argument<List<UdataMembershipRequest>> REQUESTS = Argument.listOf(UdataMembershipRequest.class);
    private static final Argument<UdataMembershipRequest> REQUEST = Argument.of(UdataMembershipRequest.class);
    private final UdataClient client;
    private final Map<MembershipRequestId, OrganizationId> seen = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<MembershipRequestId, OrganizationId> eldest) {
                    return size() > REMEMBERED;
                }
            });

    UdataMembershipRequestRepository(UdataClient client) {
        this.client = client;
    }

    private List<MembershipRequest> listOf(OrganizationId organization, Optional<UserId> user,
                                           Optional<RequestStatus> status) {
        var call = RemoteCall.get("/organizations/{}/membership/", organization.value())
                .query("user", user.map(UserId::value))
                .query("status", status.map(UdataValues::requestStatus));
        var requests = client.read(call, REQUESTS, list -> list.stream().filter(Objects::nonNull)
                .map(r -> MAPPER.toDomain(r, organization)).toList());
        requests.forEach(this::remember);
        return requests;
    }

    private MembershipRequest remember(MembershipRequest request) {
        seen.put(request.id(), request.organization());
        return request;
    }

    @Override
    public Optional<MembershipRequest> find(MembershipRequestId id) {
        var organization = seen.get(id);
        if (organization != null) {
            try {
                var found = listOf(organization, Optional.empty(), Optional.empty()).stream()
                        .filter(r -> r.id().equals(id)).findFirst();
                if (found.isPresent()) {
                    return found;
                }
            } catch (Forbidden notAnAdminThere) {
                // the key's owner may still be the invitee: see below
            } catch (NotFound | Gone organizationGone) {
                seen.remove(id);
            }
        }
        var invitation = myInvitations().stream().filter(r -> r.id().equals(id)).findFirst();
        if (invitation.isPresent()) {
            return invitation;
        }
        return searchMyOrganizations(id, organization);
    }

    private Optional<MembershipRequest> searchMyOrganizations(MembershipRequestId id, OrganizationId alreadyRead) {
        if (client.owner().isEmpty()) {
            return Optional.empty();
        }
        var me = client.read(RemoteCall.get("/me/"), UdataUser.class);
        for (var ref : me.organizations() == null ? List.<io.memberkit.adapter.http.udata.wire.UdataOrganizationRef>of()
                : me.organizations()) {
            if (ref == null || ref.id() == null || new OrganizationId(ref.id()).equals(alreadyRead)) {
                continue;
            }
            try {
                var found = listOf(new OrganizationId(ref.id()), Optional.empty(), Optional.empty()).stream()
                        .filter(r -> r.id().equals(id)).findFirst();
                if (found.isPresent()) {
                    return found;
                }
            } catch (Forbidden | NotFound | Gone notReadable) {
                // an editor may not read requests; a vanished organization has none
            }
        }
        return Optional.empty();
    }

    private List<MembershipRequest> myInvitations() {
        var me = client.owner();
        if (me.isEmpty()) {
            return List.of();
        }
        var invitations = client.read(RemoteCall.get("/me/org_invitations/"),
                Argument.listOf(UdataPendingInvitation.class), list -> list.stream().filter(Objects::nonNull)
                        .map(i -> MAPPER.toDomain(i, me.get())).toList());
        invitations.forEach(this::remember);
        return invitations;
    }

    @Override
    public Optional<MembershipRequest> findPending(OrganizationId organization, Invitee invitee) {
        var user = invitee instanceof Invitee.Known known ? Optional.of(known.user()) : Optional.<UserId>empty();
        return listOf(organization, user, Optional.of(RequestStatus.PENDING)).stream()
                .filter(r -> r.isPending() && r.invitee().equals(invitee))
                .findFirst();
    }

    @Override
    public Page<MembershipRequest> list(OrganizationId organization, Optional<UserId> user,
                                       Optional<RequestStatus> status, PageRequest page, Instant now) {
        // uData's invitations carry no expiry, so what is seen now is what is stored
        var all = listOf(organization, user, status).stream().map(r -> r.seenAt(now))
                .filter(r -> user.map(u -> r.user().filter(u::equals).isPresent()).orElse(true))
                .filter(r -> status.map(s -> r.status() == s).orElse(true))
                .sorted(Comparator.comparing(MembershipRequest::created).reversed()
                        .thenComparing(r -> r.id().value()))
                .toList();
        long from = Math.min(page.offset(), all.size());
        return Page.of(all.subList((int) from, (int) Math.min(from + page.pageSize(), all.size())), page, all.size());
    }

    @Override
    public List<MembershipRequest> pendingInvitationsFor(UserId user, Optional<EmailAddress> email) {
        if (!client.isOwner(user)) {
            throw new BackendFailure.NotSupported("listing the invitations of another user than the API key's owner",
                    UdataConfiguration.PROVIDER);
        }
        return myInvitations().stream().sorted(Comparator.comparing(MembershipRequest::created)
                .thenComparing(r -> r.id().value())).toList();
    }

    @Override
    public MembershipRequest invite(MembershipRequest invitation) {
        var organization = invitation.organization();
        return remember(client.read(RemoteCall.post("/organizations/{}/member/", organization.value())
                .body(MAPPER.toInvite(invitation)).field("invitee"), REQUEST, r -> MAPPER.toDomain(r, organization)));
    }

    @Override
    public MembershipRequest request(MembershipRequest request) {
        var organization = request.organization();
        return remember(client.read(RemoteCall.post("/organizations/{}/membership/", organization.value())
                .body(new UdataComment(request.comment())).field("comment"), REQUEST,
                r -> MAPPER.toDomain(r, organization)));
    }

    /** uData replaces the comment of the applicant's pending request when they apply again. */
    @Override
    public void updateComment(MembershipRequestId id, String comment) {
        client.execute(RemoteCall.post("/organizations/{}/membership/", organizationOf(id).value())
                .body(new UdataComment(comment)).field("comment"));
    }

    @Override
    public void acceptInvitation(Acceptance acceptance) {
        client.execute(RemoteCall.post("/me/org_invitations/{}/accept/", acceptance.request().id().value())
                .field("invitation"));
    }

    @Override
    public void refuseInvitation(MembershipRequest refused) {
        client.execute(RemoteCall.post("/me/org_invitations/{}/refuse/", refused.id().value()).field("invitation"));
    }

    @Override
    public void acceptRequest(Acceptance acceptance) {
        var request = acceptance.request();
        client.execute(RemoteCall.post("/organizations/{}/membership/{}/accept/", request.organization().value(),
                request.id().value()));
    }

    @Override
    public void refuseRequest(MembershipRequest refused) {
        client.execute(RemoteCall.post("/organizations/{}/membership/{}/refuse/", refused.organization().value(),
                refused.id().value()).body(new UdataComment(refused.refusalComment())).field("comment"));
    }

    @Override
    public void cancelInvitation(MembershipRequest canceled) {
        client.execute(RemoteCall.post("/organizations/{}/membership/{}/cancel/", canceled.organization().value(),
                canceled.id().value()).field("invitation"));
    }

    private OrganizationId organizationOf(MembershipRequestId id) {
        var known = seen.get(id);
        if (known != null) {
            return known;
        }
        return find(id).map(MembershipRequest::organization)
                .orElseThrow(() -> new NotFound("Unknown membership request id"));
    }

    /** uData keeps its own limits on invitations; memberkit's rate limit is the local database's feature. */
    @Override
    public InvitationCount invitationsAfter(OrganizationId organization, Instant after) {
        return InvitationCount.NONE;
    }

    @Override
    public void resendInvitation(MembershipRequest renewed) {
        throw new BackendFailure.NotSupported("resending an invitation", UdataConfiguration.PROVIDER);
    }

    /** uData binds an email invitation to the account that registers with that address by itself. */
    @Override
    public void bindInvitation(MembershipRequest bound) {
        throw new BackendFailure.NotSupported("binding an email invitation", UdataConfiguration.PROVIDER);
    }
}
