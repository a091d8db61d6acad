package io.memberkit.bootstrap.cli;

import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.MembershipRequest;
import java.util.Locale;

/** uData's spellings of enums and references, for what the command line prints and reads. */
final class Wire {
    private Wire() {
    }

    static String role(MemberRole role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    static String subject(SubjectRef ref) {
        var kind = ref.kind().name();
        return kind.charAt(0) + kind.substring(1).toLowerCase(Locale.ROOT) + ":" + ref.id();
    }

    static String invitee(MembershipRequest request) {
        return request.invitee().toString();
    }
}
