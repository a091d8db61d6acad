package io.memberkit.application.port.out;

import java.time.Clock;
import java.util.Objects;

/**
 * Everything the use cases need from outside, as one value: an adapter family (local database, remote API)
 * provides a full set, and the composition root hands it to the services.
 */
public record OutboundPorts(UserRepository users, OrganizationRepository organizations, MemberRepository members,
                            MembershipRequestRepository requests, AssignmentRepository assignments,
                            SubjectRepository subjects, FollowRepository follows, ApiKeyRepository apiKeys,
                            EventLog events, Ids ids,
                            UnitOfWork unitOfWork, Clock clock) {
    public OutboundPorts {
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(organizations, "organizations");
        Objects.requireNonNull(members, "members");
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(assignments, "assignments");
        Objects.requireNonNull(subjects, "subjects");
        Objects.requireNonNull(follows, "follows");
        Objects.requireNonNull(apiKeys, "apiKeys");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(unitOfWork, "unitOfWork");
        Objects.requireNonNull(clock, "clock");
    }
}
