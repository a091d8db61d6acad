package io.memberkit.application.service;

import io.memberkit.application.port.out.EventLog;
import io.memberkit.application.port.out.MirrorRepository;
import io.memberkit.application.port.out.OutboxRepository;
import io.memberkit.application.port.out.PendingWrite;
import io.memberkit.domain.common.AuditEntry;
import io.memberkit.domain.common.DomainEvent;
import io.memberkit.domain.common.OrganizationEvent;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.membership.MembershipEvent;
import java.util.Objects;
import java.util.Optional;

/**
 * The event log of a mirror: every event goes to the audit trail as before, and an event about a mirrored
 * organization is also appended to the outbox, as the write to replay on its remote. Every use case appends its
 * events inside its own unit of work, so the write, its audit entry and its outbox entry commit together or not at
 * all. Events of local organizations, and account-level events, are not queued.
 */
public final class OutboxRecorder implements EventLog {
    private final EventLog trail;
    private final MirrorRepository mirror;
    private final OutboxRepository outbox;

    public OutboxRecorder(EventLog trail, MirrorRepository mirror, OutboxRepository outbox) {
        this.trail = Objects.requireNonNull(trail, "trail");
        this.mirror = Objects.requireNonNull(mirror, "mirror");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    @Override
    public void append(DomainEvent event) {
        trail.append(event);
        if (event instanceof OrganizationEvent about) {
            mirror.originOf(about.organization()).ifPresent(origin -> write(event, about.organization())
                    .ifPresent(write -> outbox.append(origin, write, event.actor(), event.at())));
        }
    }

    @Override
    public Page<AuditEntry> list(OrganizationId organization, PageRequest page) {
        return trail.list(organization, page);
    }

    /** The write an event stands for; empty for events that only record what others already say. */
    static Optional<PendingWrite> write(DomainEvent event, OrganizationId organization) {
        if (event instanceof MembershipEvent.MemberRoleChanged e) {
            return Optional.of(new PendingWrite.ChangeRole(organization, e.member(), e.to()));
        }
        if (event instanceof MembershipEvent.MemberRemoved e) {
            return Optional.of(new PendingWrite.RemoveMember(organization, e.member()));
        }
        if (event instanceof MembershipEvent.MemberLeft e) {
            return Optional.of(new PendingWrite.RemoveMember(organization, e.member()));
        }
        if (event instanceof MembershipEvent.MemberInvited e) {
            return Optional.of(new PendingWrite.Invite(organization, e.invitation(), e.invitee(), e.role(),
                    e.assignments()));
        }
        if (event instanceof MembershipEvent.InvitationCanceled e) {
            return Optional.of(new PendingWrite.CancelInvitation(organization, e.invitation()));
        }
        if (event instanceof MembershipEvent.MembershipRequestAccepted e) {
            return Optional.of(new PendingWrite.AcceptRequest(organization, e.request(), e.role()));
        }
        if (event instanceof MembershipEvent.MembershipRequestRefused e) {
            return Optional.of(new PendingWrite.RefuseRequest(organization, e.request()));
        }
        if (event instanceof MembershipEvent.AssignmentsSynced e) {
            return Optional.of(new PendingWrite.ChangeAssignments(organization, e.member(), e.added(), e.removed()));
        }
        if (event instanceof MembershipEvent.MembershipPlanApplied
                || event instanceof MembershipEvent.InvitationReplaced) {
            // a plan's steps have their own events; an expired invitation's closing is memberkit's own bookkeeping
            return Optional.empty();
        }
        return Optional.of(new PendingWrite.Unsupported(organization, event.type()));
    }
}
