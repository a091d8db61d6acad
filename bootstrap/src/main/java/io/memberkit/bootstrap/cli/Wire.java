package io.memberkit.bootstrap.cli;

import io.memberkit.bootstrap.udata.Spelling;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.MembershipRequest;

/** uData's spellings of enums and references, for what the command line prints (see {@link Spelling} for both ways). */
final class Wire {
    private Wire() {
    }

    static String role(MemberRole role) {
        return Spelling.role(role);
    }

    static String subject(SubjectRef ref) {
        return Spelling.subject(ref);
    }

    static String invitee(MembershipRequest request) {
        return request.invitee().toString();
    }
}
