package io.memberkit.application.port.out;

import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.membership.MembershipRequestId;

/** New ids. Offline they are generated locally; online the remote assigns them and the adapter echoes its answer. */
public interface Ids {
    UserId newUser();

    OrganizationId newOrganization();

    MembershipRequestId newMembershipRequest();
}
