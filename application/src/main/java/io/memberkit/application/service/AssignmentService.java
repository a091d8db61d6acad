package io.memberkit.application.service;

import io.memberkit.application.port.in.assignment.GetSubject;
import io.memberkit.application.port.in.assignment.GetSubjectUseCase;
import io.memberkit.application.port.in.assignment.ListAssignments;
import io.memberkit.application.port.in.assignment.ListAssignmentsUseCase;
import io.memberkit.application.port.in.assignment.RegisterSubject;
import io.memberkit.application.port.in.assignment.RegisterSubjectUseCase;
import io.memberkit.application.port.in.assignment.RemoveSubject;
import io.memberkit.application.port.in.assignment.RemoveSubjectUseCase;
import io.memberkit.application.port.in.assignment.SyncAssignments;
import io.memberkit.application.port.in.assignment.SyncAssignmentsUseCase;
import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.domain.assignment.Assignment;
import io.memberkit.domain.assignment.Subject;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.Change;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.error.Forbidden;
import io.memberkit.domain.error.NotFound;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.MembershipEvent;
import io.memberkit.domain.membership.Memberships;
import io.memberkit.domain.permission.Permissions;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Partial editors' assignments, and the objects (subjects) they point at. */
public final class AssignmentService implements ListAssignmentsUseCase, SyncAssignmentsUseCase, RegisterSubjectUseCase,
        RemoveSubjectUseCase, GetSubjectUseCase {
    private final OutboundPorts ports;
    private final Facts facts;

    public AssignmentService(OutboundPorts ports) {
        this.ports = ports;
        this.facts = new Facts(ports);
    }

    @Override
    public Page<Assignment> list(ListAssignments query) {
        return ports.unitOfWork().read(() -> {
            var viewer = facts.viewer(query.actor());
            var organization = facts.organization(query.organization());
            Permissions.requirePrivate(viewer, facts.membership(organization.id(), viewer));
            return ports.assignments().list(organization.id(), query.page());
        });
    }

    @Override
    public List<Assignment> sync(SyncAssignments command) {
        return ports.unitOfWork().write(() -> {
            var admin = facts.signedIn(command.actor());
            var organization = facts.organizationForMembershipChange(command.organization());
            Permissions.requireMembers(Optional.of(admin), facts.membership(organization.id(), Optional.of(admin)));
            var current = ports.assignments().of(organization.id(), command.user());
            var change = Memberships.syncAssignments(organization.id(),
                    ports.members().find(organization.id(), command.user()), command.subjects(),
                    current.stream().map(Assignment::subject).collect(Collectors.toSet()), ports.subjects()::find,
                    admin.id(), facts.now());
            facts.record(change);
            if (change.events().isEmpty()) {
                return current;
            }
            return ports.assignments().replace(organization.id(), command.user(), change.state(), facts.now());
        });
    }

    /** Which organization owns an object is public, as uData's datasets, reuses and dataservices show it. */
    @Override
    public Subject get(GetSubject query) {
        return ports.unitOfWork().read(() -> ports.subjects().find(query.subject())
                .orElseThrow(() -> new NotFound("Unknown object " + query.subject())));
    }

    @Override
    public Subject register(RegisterSubject command) {
        return ports.unitOfWork().write(() -> {
            var actor = facts.signedIn(command.actor());
            var subject = command.subject();
            var organization = facts.organization(subject.owner()).requireNotDeleted();
            var membership = facts.membership(organization.id(), Optional.of(actor));
            if (membership.isEmpty() && !actor.isSiteAdmin()) {
                throw new Forbidden("Only members of the organization can declare its objects.");
            }
            var existing = ports.subjects().find(subject.ref());
            if (existing.filter(subject::equals).isPresent()) {
                return subject;
            }
            // moving an object out of its organization takes the right to edit it there, as removing it does
            if (existing.isPresent() && !Permissions.mayEdit(ports.members().editRights(actor.id(),
                    existing.get().owner(), existing.get().ref()))) {
                throw new Forbidden("You do not have the permission to modify that object.");
            }
            // an object that moves to another organization loses its assignments, as in uData
            existing.ifPresent(moved -> ports.subjects().remove(moved.ref()));
            var now = facts.now();
            // a partial editor who creates an object is assigned it, or they could not edit what they made
            var creatorAssignment = membership.filter(m -> m.role() == MemberRole.PARTIAL_EDITOR)
                    .map(m -> new Assignment(organization.id(), actor.id(), subject.ref(), now));
            ports.subjects().register(subject, creatorAssignment);
            creatorAssignment.ifPresent(a -> facts.record(Change.of(a, new MembershipEvent.AssignmentsSynced(
                    actor.id(), now, organization.id(), actor.id(), Set.of(subject.ref()), Set.of()))));
            return subject;
        });
    }

    @Override
    public SubjectRef remove(RemoveSubject command) {
        return ports.unitOfWork().write(() -> {
            var actor = facts.signedIn(command.actor());
            var subject = ports.subjects().find(command.subject())
                    .orElseThrow(() -> new NotFound("Unknown object " + command.subject()));
            if (!Permissions.mayEdit(ports.members().editRights(actor.id(), subject.owner(), subject.ref()))) {
                throw new Forbidden("You do not have the permission to modify that object.");
            }
            ports.subjects().remove(subject.ref());
            return subject.ref();
        });
    }
}
