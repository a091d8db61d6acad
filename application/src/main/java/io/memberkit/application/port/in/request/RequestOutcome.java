package io.memberkit.application.port.in.request;

import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MembershipRequest;
import java.util.Objects;
import java.util.Optional;

/**
 * The request as it now stands, and whether it was created (uData 201) or an existing one updated (200).
 * {@code member} is present when the request was accepted at once (a verified address on a verified domain of the
 * organization): the applicant is a member already.
 */
public record RequestOutcome(MembershipRequest request, boolean created, Optional<Member> member) {
    public RequestOutcome {
        Objects.requireNonNull(request, "request");
        member = member == null ? Optional.empty() : member;
    }

    public RequestOutcome(MembershipRequest request, boolean created) {
        this(request, created, Optional.empty());
    }

    public boolean acceptedAtOnce() {
        return member.isPresent();
    }
}
