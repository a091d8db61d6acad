package io.memberkit.application.port.out;

import io.memberkit.domain.common.Require;
import io.memberkit.domain.membership.MemberDetails;
import io.memberkit.domain.organization.Organization;
import java.util.List;

/** An organization as a remote shows it, with its members and their accounts, in the remote's ids. */
public record MirroredOrganization(Organization organization, List<MemberDetails> members) {
    public MirroredOrganization {
        Require.present(organization, "organization");
        members = members == null ? List.of() : List.copyOf(members);
    }
}
