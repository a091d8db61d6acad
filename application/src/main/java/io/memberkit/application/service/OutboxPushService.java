package io.memberkit.application.service;

import io.memberkit.application.port.in.mirror.PushOutbox;
import io.memberkit.application.port.in.mirror.PushOutboxUseCase;
import io.memberkit.application.port.in.mirror.PushReport;
import io.memberkit.application.port.in.mirror.SyncMirror;
import io.memberkit.application.port.in.mirror.SyncMirrorUseCase;
import io.memberkit.application.port.out.BackendFailure;
import io.memberkit.application.port.out.MirrorKind;
import io.memberkit.application.port.out.MirrorRepository;
import io.memberkit.application.port.out.MirrorScope;
import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.application.port.out.OutboxEntry;
import io.memberkit.application.port.out.OutboxRepository;
import io.memberkit.application.port.out.OutboxState;
import io.memberkit.application.port.out.PendingWrite;
import io.memberkit.application.port.out.RemoteOrigin;
import io.memberkit.application.port.out.UnitOfWork;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.error.DomainException;
import io.memberkit.domain.error.NotFound;
import io.memberkit.domain.membership.Acceptance;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MembershipRequest;
import io.memberkit.domain.membership.MembershipRequestId;
import io.memberkit.domain.membership.RequestKind;
import io.memberkit.domain.membership.RequestStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Replays the outbox on the remote through the remote adapter's own ports, oldest first. Each entry is marked
 * {@code SENDING} (committed) before its call and {@code SENT} after it; a push killed in between leaves it
 * {@code SENDING}, and the next push first asks the remote whether the write is there already, so nothing is sent
 * twice and nothing is lost. A refusal (403, 404, 409, 410, 400, or a call the provider does not have) sets the
 * entry aside as a conflict with the remote's message; the organizations with conflicts are mirrored again at the
 * end. A remote that cannot answer stops the push: the entry stays where it was, for the next one.
 */
public final class OutboxPushService implements PushOutboxUseCase {
    private static final int BATCH = 100;
    private final RemoteOrigin origin;
    private final OutboundPorts remote;
    private final MirrorRepository mirror;
    private final OutboxRepository outbox;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final SyncMirrorUseCase refresh;

    public OutboxPushService(RemoteOrigin origin, OutboundPorts remote, MirrorRepository mirror,
                             OutboxRepository outbox, UnitOfWork unitOfWork, Clock clock, SyncMirrorUseCase refresh) {
        this.origin = Objects.requireNonNull(origin, "origin");
        this.remote = Objects.requireNonNull(remote, "remote");
        this.mirror = Objects.requireNonNull(mirror, "mirror");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.refresh = Objects.requireNonNull(refresh, "refresh");
    }

    @Override
    public PushReport push(PushOutbox command) {
        var ids = new MirrorIds(origin, mirror);
        int sent = 0;
        int alreadyApplied = 0;
        int handled = 0;
        var conflicts = new ArrayList<OutboxEntry>();
        var toRefresh = new LinkedHashSet<OrganizationId>();
        // every entry handled leaves the pending states (sent or conflict); a remote that cannot answer throws
        while (handled < command.limit()) {
            var batch = unitOfWork.read(() -> outbox.next(origin, Math.min(BATCH, command.limit())));
            if (batch.isEmpty()) {
                break;
            }
            for (var entry : batch) {
                if (handled >= command.limit()) {
                    break;
                }
                handled++;
                try {
                    if (entry.state() == OutboxState.SENDING && applied(ids, entry)) {
                        mark(entry, OutboxState.SENT, null);
                        alreadyApplied++;
                        continue;
                    }
                    mark(entry, OutboxState.SENDING, null);
                    send(ids, entry);
                    mark(entry, OutboxState.SENT, null);
                    sent++;
                } catch (DomainException | BackendFailure.NotSupported refused) {
                    var message = refused.getMessage() == null ? refused.getClass().getSimpleName()
                            : refused.getMessage();
                    mark(entry, OutboxState.CONFLICT, message);
                    conflicts.add(unitOfWork.read(() -> outbox.find(entry.sequence())).orElseThrow());
                    toRefresh.add(entry.write().organization());
                }
            }
        }
        for (var organization : toRefresh) {
            refresh(ids, organization);
        }
        long pending = unitOfWork.read(() -> outbox.count(origin, OutboxState.PENDING)
                + outbox.count(origin, OutboxState.SENDING));
        return new PushReport(origin, sent, alreadyApplied, conflicts, pending);
    }

    private void mark(OutboxEntry entry, OutboxState state, String message) {
        unitOfWork.write(() -> {
            outbox.mark(entry.sequence(), state, message, clock.instant());
            return null;
        });
    }

    /**
     * The organization as the remote has it now, over the local changes the conflict leaves behind (its checksums are
     * forgotten first, so every row is written again); one that is gone remotely is dropped by the next full sync.
     */
    private void refresh(MirrorIds ids, OrganizationId organization) {
        unitOfWork.write(() -> {
            mirror.forgetChecksums(organization);
            return null;
        });
        try {
            refresh.sync(new SyncMirror(new MirrorScope.Chosen(List.of(ids.remote(organization).value())), null));
        } catch (DomainException notThere) {
            // nothing to refresh from: the conflict is reported all the same
        }
    }

    /** Whether a write a killed push may have sent is on the remote already. */
    private boolean applied(MirrorIds ids, OutboxEntry entry) {
        var write = entry.write();
        if (write instanceof PendingWrite.ChangeRole w) {
            return remote.members().find(ids.remote(w.organization()), ids.remote(w.user()))
                    .filter(m -> m.role() == w.role()).isPresent();
        }
        if (write instanceof PendingWrite.RemoveMember w) {
            return remote.members().find(ids.remote(w.organization()), ids.remote(w.user())).isEmpty();
        }
        if (write instanceof PendingWrite.Invite w) {
            var found = remote.requests().findPending(ids.remote(w.organization()), ids.remote(w.invitee()));
            found.ifPresent(invitation -> link(w.invitation(), invitation, w.organization()));
            return found.isPresent();
        }
        if (write instanceof PendingWrite.CancelInvitation w) {
            return handled(ids, w.invitation());
        }
        if (write instanceof PendingWrite.AcceptRequest w) {
            return handled(ids, w.request());
        }
        if (write instanceof PendingWrite.RefuseRequest w) {
            return handled(ids, w.request());
        }
        // assignments are sent as a whole set: sending them again changes nothing
        return false;
    }

    private boolean handled(MirrorIds ids, MembershipRequestId local) {
        return remote.requests().find(ids.remote(local)).filter(MembershipRequest::isPending).isEmpty();
    }

    private void send(MirrorIds ids, OutboxEntry entry) {
        var write = entry.write();
        var now = clock.instant();
        if (write instanceof PendingWrite.ChangeRole w) {
            remote.members().changeRole(ids.remote(w.organization()), ids.remote(w.user()), w.role());
        } else if (write instanceof PendingWrite.RemoveMember w) {
            remote.members().remove(ids.remote(w.organization()), ids.remote(w.user()));
        } else if (write instanceof PendingWrite.Invite w) {
            var organization = ids.remote(w.organization());
            var invitation = new MembershipRequest(w.invitation(), organization, RequestKind.INVITATION,
                    RequestStatus.PENDING, ids.remote(w.invitee()), w.role(), null,
                    w.assignments().stream().map(ids::remote).collect(Collectors.toSet()), now,
                    null, null, null, null, null);
            link(w.invitation(), remote.requests().invite(invitation), w.organization());
        } else if (write instanceof PendingWrite.CancelInvitation w) {
            remote.requests().cancelInvitation(found(ids, w.invitation()));
        } else if (write instanceof PendingWrite.AcceptRequest w) {
            var request = found(ids, w.request());
            var applicant = request.user().orElseThrow(() -> new NotFound("the request names no account"));
            remote.requests().acceptRequest(new Acceptance(request, new Member(request.organization(), applicant,
                    w.role(), now), List.of()));
        } else if (write instanceof PendingWrite.RefuseRequest w) {
            remote.requests().refuseRequest(found(ids, w.request()));
        } else if (write instanceof PendingWrite.ChangeAssignments w) {
            var organization = ids.remote(w.organization());
            var user = ids.remote(w.user());
            Set<SubjectRef> subjects = remote.assignments().of(organization, user).stream()
                    .map(a -> a.subject()).collect(Collectors.toCollection(LinkedHashSet::new));
            w.added().stream().map(ids::remote).forEach(subjects::add);
            w.removed().stream().map(ids::remote).forEach(subjects::remove);
            remote.assignments().replace(organization, user, subjects, now);
        } else if (write instanceof PendingWrite.Unsupported w) {
            throw new BackendFailure.NotSupported(w.what(), origin.provider());
        }
    }

    private MembershipRequest found(MirrorIds ids, MembershipRequestId local) {
        var id = ids.remote(local);
        return remote.requests().find(id).orElseThrow(() -> new NotFound("no membership request " + id.value()
                + " on the remote"));
    }

    private void link(MembershipRequestId local, MembershipRequest remoteInvitation, OrganizationId organization) {
        if (!remoteInvitation.id().value().equals(local.value())) {
            unitOfWork.write(() -> {
                mirror.link(origin, MirrorKind.REQUEST, local.value(), remoteInvitation.id().value(), organization);
                return null;
            });
        }
    }
}
