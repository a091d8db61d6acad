package io.memberkit.adapter.persistence.membership;

import io.memberkit.adapter.persistence.common.PersistenceMapping;
import io.memberkit.adapter.persistence.common.Values;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.MembershipRequest;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

@Mapper(config = PersistenceMapping.class)
public interface MembershipRequestRowMapper {
    @Mapping(target = "organization", source = "row.organizationId")
    @Mapping(target = "invitee", source = "row")
    @Mapping(target = "assignments", source = "assignments")
    // MapStruct takes seenAt(Instant) for a fluent setter: the computed status is never read from a row
    @Mapping(target = "seenAt", ignore = true)
    MembershipRequest toDomain(MembershipRequestRow row, Set<SubjectRef> assignments);

    @Mapping(target = "organizationId", source = "organization")
    @Mapping(target = "userId", source = "invitee", qualifiedByName = "inviteeUser")
    @Mapping(target = "email", source = "invitee", qualifiedByName = "inviteeEmail")
    MembershipRequestRow toRow(MembershipRequest request);

    default RequestAssignmentRow toRow(MembershipRequest request, SubjectRef subject) {
        return new RequestAssignmentRow(new RequestAssignmentKey(request.id().value(),
                Values.code(subject.kind()), subject.id()));
    }

    default SubjectRef subject(RequestAssignmentRow row) {
        return new SubjectRef(Values.subjectClass(row.id().subjectClass()), row.id().subjectId());
    }

    /** The sealed invitee picks its column; MapStruct cannot choose between the two on its own. */
    default Invitee invitee(MembershipRequestRow row) {
        return row.userId() != null
                ? new Invitee.Known(new UserId(row.userId()))
                : new Invitee.ByEmail(new EmailAddress(row.email()));
    }

    @Named("inviteeUser")
    default String inviteeUser(Invitee invitee) {
        return invitee instanceof Invitee.Known known ? known.user().value() : null;
    }

    @Named("inviteeEmail")
    default String inviteeEmail(Invitee invitee) {
        return invitee instanceof Invitee.ByEmail byEmail ? byEmail.email().value() : null;
    }
}
