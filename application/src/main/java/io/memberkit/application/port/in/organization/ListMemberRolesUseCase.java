package io.memberkit.application.port.in.organization;

import io.memberkit.domain.membership.MemberRole;
import java.util.List;

/** The roles a member can have (GET /organizations/roles/). */
public interface ListMemberRolesUseCase {
    List<MemberRole> list(ListMemberRoles query);
}
