package io.memberkit.application.port.in.request;

import io.memberkit.domain.common.Page;
import io.memberkit.domain.membership.MembershipRequest;

/** An organization's requests and invitations, for its admins and editors, or an applicant's own. */
public interface ListMembershipRequestsUseCase {
    Page<MembershipRequest> list(ListMembershipRequests query);
}
