package io.memberkit.application.service;

import io.memberkit.application.port.out.MirrorKind;
import io.memberkit.application.port.out.MirrorRepository;
import io.memberkit.application.port.out.RemoteOrigin;
import io.memberkit.domain.assignment.Assignment;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.NotFound;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MembershipRequest;
import io.memberkit.domain.membership.MembershipRequestId;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.user.User;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A remote's ids and local ids, both ways. A mirrored row's local id is the remote's tag, a dot and its remote id
 * ({@code 3f2a9c01.5c4ae55a634f4117716d5656}), so two remotes never collide; a row created offline and pushed keeps
 * its local id and is linked to the remote's (see {@link MirrorRepository#link}).
 */
final class MirrorIds {
    private final RemoteOrigin origin;
    private final String prefix;
    private final MirrorRepository mirror;

    MirrorIds(RemoteOrigin origin, MirrorRepository mirror) {
        this.origin = origin;
        this.prefix = origin.tag() + ".";
        this.mirror = mirror;
    }

    String local(String remote) {
        return prefix + remote;
    }

    OrganizationId local(OrganizationId remote) {
        return new OrganizationId(local(remote.value()));
    }

    UserId local(UserId remote) {
        return remote == null ? null : new UserId(local(remote.value()));
    }

    /** A request created offline and pushed keeps its local id. */
    MembershipRequestId local(MembershipRequestId remote) {
        return new MembershipRequestId(mirror.localId(origin, MirrorKind.REQUEST, remote.value())
                .orElseGet(() -> local(remote.value())));
    }

    SubjectRef local(SubjectRef remote) {
        return new SubjectRef(remote.kind(), local(remote.id()));
    }

    /** Mirrored accounts hold no site role locally: being a remote's site admin gives no rights here. */
    User local(User remote) {
        return new User(local(remote.id()), remote.slug(), remote.firstName(), remote.lastName(), remote.email(),
                remote.about(), remote.website(), remote.avatar(), Set.of(), remote.active(), remote.since(),
                remote.lastLogin(), remote.deleted(), remote.emailVerified());
    }

    Organization local(Organization remote) {
        return new Organization(local(remote.id()), remote.name(), remote.acronym(), remote.slug(),
                remote.description(), remote.url(), remote.logo(), remote.businessNumber(), remote.badges(),
                remote.created(), remote.lastModified(), remote.deleted(), remote.metrics());
    }

    Member local(Member remote) {
        return new Member(local(remote.organization()), local(remote.user()), remote.role(), remote.since());
    }

    Invitee local(Invitee remote) {
        return remote instanceof Invitee.Known known ? new Invitee.Known(local(known.user())) : remote;
    }

    MembershipRequest local(MembershipRequest remote) {
        return new MembershipRequest(local(remote.id()), local(remote.organization()), remote.kind(), remote.status(),
                local(remote.invitee()), remote.role(), remote.comment(),
                remote.assignments().stream().map(this::local).collect(Collectors.toSet()), remote.created(),
                local(remote.createdBy()), local(remote.handledBy()), remote.handledOn(), remote.refusalComment(),
                remote.expiresAt());
    }

    Assignment local(Assignment remote) {
        return new Assignment(local(remote.organization()), local(remote.user()), local(remote.subject()),
                remote.created());
    }

    /** The remote id of a local one: by its prefix, else by the link a push made; NotFound when it has none. */
    String remote(MirrorKind kind, String local) {
        if (local.startsWith(prefix)) {
            return local.substring(prefix.length());
        }
        return mirror.remoteId(origin, kind, local).orElseThrow(() -> new NotFound(kind.name().toLowerCase()
                + " " + local + " was never mirrored from or pushed to " + origin.baseUrl()));
    }

    OrganizationId remote(OrganizationId local) {
        return new OrganizationId(remote(MirrorKind.ORGANIZATION, local.value()));
    }

    UserId remote(UserId local) {
        return new UserId(remote(MirrorKind.USER, local.value()));
    }

    MembershipRequestId remote(MembershipRequestId local) {
        return new MembershipRequestId(remote(MirrorKind.REQUEST, local.value()));
    }

    Invitee remote(Invitee local) {
        return local instanceof Invitee.Known known ? new Invitee.Known(remote(known.user())) : local;
    }

    SubjectRef remote(SubjectRef local) {
        return local.id().startsWith(prefix) ? new SubjectRef(local.kind(), local.id().substring(prefix.length()))
                : local;
    }
}
