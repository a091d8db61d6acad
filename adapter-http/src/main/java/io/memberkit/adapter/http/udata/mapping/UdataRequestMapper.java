package io.memberkit.adapter.http.udata.mapping;

import io.memberkit.adapter.http.udata.wire.UdataInvite;
import io.memberkit.adapter.http.udata.wire.UdataMembershipRequest;
import io.memberkit.adapter.http.udata.wire.UdataPendingInvitation;
import io.memberkit.adapter.http.udata.wire.UdataUserRef;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.MembershipRequest;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.factory.Mappers;

/**
 * Membership requests and invitations, both ways. uData has no expiry on the wire: requests read from it never
 * expire in memberkit's eyes (uData decides), and an expiry is not sent. memberkit's own server writes
 * {@code expires_at}, which is read when present: its invitations expire as they do offline.
 */
@Mapper(config = UdataMapping.class)
public interface UdataRequestMapper {
    UdataRequestMapper INSTANCE = Mappers.getMapper(UdataRequestMapper.class);

    @Mapping(target = "id", source = "request.id")
    @Mapping(target = "organization", source = "organization")
    @Mapping(target = "kind", source = "request.kind")
    @Mapping(target = "status", source = "request.status")
    @Mapping(target = "invitee", source = "request", qualifiedByName = "invitee")
    @Mapping(target = "role", source = "request.role", defaultValue = "EDITOR") // uData's default role
    @Mapping(target = "comment", source = "request.comment")
    @Mapping(target = "assignments", source = "request.assignments")
    @Mapping(target = "created", source = "request.created")
    @Mapping(target = "createdBy", source = "request.createdBy.id")
    @Mapping(target = "handledBy", source = "request.handledBy.id")
    @Mapping(target = "handledOn", source = "request.handledOn")
    @Mapping(target = "refusalComment", source = "request.refusalComment")
    @Mapping(target = "expiresAt", source = "request.expiresAt")
    @Mapping(target = "seenAt", ignore = true) // a view computed from the clock, not a property
    MembershipRequest toDomain(UdataMembershipRequest request, OrganizationId organization);

    /** A pending invitation of GET /me/org_invitations/: addressed to {@code invitee}, the signed-in user. */
    @Mapping(target = "id", source = "invitation.id")
    @Mapping(target = "organization", source = "invitation.organization.id")
    @Mapping(target = "kind", constant = "INVITATION")
    @Mapping(target = "status", constant = "PENDING")
    @Mapping(target = "invitee", source = "invitee", qualifiedByName = "known")
    @Mapping(target = "role", source = "invitation.role", defaultValue = "EDITOR") // uData's default role
    @Mapping(target = "comment", source = "invitation.comment")
    @Mapping(target = "assignments", source = "invitation.assignments")
    @Mapping(target = "created", source = "invitation.created")
    @Mapping(target = "createdBy", ignore = true)
    @Mapping(target = "handledBy", ignore = true)
    @Mapping(target = "handledOn", ignore = true)
    @Mapping(target = "refusalComment", ignore = true)
    @Mapping(target = "expiresAt", source = "invitation.expiresAt")
    @Mapping(target = "seenAt", ignore = true) // a view computed from the clock, not a property
    MembershipRequest toDomain(UdataPendingInvitation invitation, UserId invitee);

    /** A request as uData serves it, its people (invitee or applicant, creator, handler) as {@code references} says. */
    @Mapping(target = "user", source = "invitee", qualifiedByName = "userRef")
    @Mapping(target = "email", source = "invitee", qualifiedByName = "email")
    UdataMembershipRequest toWire(MembershipRequest request, @Context UdataReferences references);

    /** An item of GET /me/org_invitations/: a pending invitation, its organization as {@code references} has it. */
    UdataPendingInvitation toPendingWire(MembershipRequest invitation, @Context UdataReferences references);

    /** The body of POST /organizations/{org}/member/. */
    @Mapping(target = "user", source = "invitee", qualifiedByName = "userId")
    @Mapping(target = "email", source = "invitee", qualifiedByName = "email")
    UdataInvite toInvite(MembershipRequest invitation);

    /** By user when uData names one, else by email; neither is a bad answer. */
    @Named("invitee")
    default Invitee invitee(UdataMembershipRequest request) {
        if (request.user() != null && request.user().id() != null) {
            return new Invitee.Known(new UserId(request.user().id()));
        }
        if (request.email() != null) {
            return new Invitee.ByEmail(EmailAddress.parse(request.email(), "email"));
        }
        throw new IllegalArgumentException("membership request " + request.id() + " names neither a user nor an email");
    }

    @Named("known")
    default Invitee known(UserId user) {
        return new Invitee.Known(user);
    }

    @Named("userRef")
    default UdataUserRef userRef(Invitee invitee, @Context UdataReferences references) {
        return invitee instanceof Invitee.Known known ? references.user(known.user()) : null;
    }

    @Named("userId")
    default String userId(Invitee invitee) {
        return invitee instanceof Invitee.Known known ? known.user().value() : null;
    }

    @Named("email")
    default String email(Invitee invitee) {
        return invitee instanceof Invitee.ByEmail byEmail ? byEmail.email().value() : null;
    }
}
