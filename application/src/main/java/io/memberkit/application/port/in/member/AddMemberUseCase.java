package io.memberkit.application.port.in.member;

import io.memberkit.domain.membership.Member;

/**
 * An admin adds an existing account as a member directly, without an invitation to accept: for backends whose
 * members are managed by admins (AWX, a platform's own directory). uData and Isogeo refuse it as not supported:
 * there, one joins by invitation or request.
 */
public interface AddMemberUseCase {
    Member add(AddMember command);
}
