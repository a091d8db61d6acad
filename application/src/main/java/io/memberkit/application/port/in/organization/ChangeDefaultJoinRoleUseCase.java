package io.memberkit.application.port.in.organization;

import io.memberkit.domain.membership.JoinPolicy;

/**
 * An organization admin chooses the role of people who join by a verified domain (editor by default, or partial
 * editor; never admin). Returns the join policy as it now stands.
 */
public interface ChangeDefaultJoinRoleUseCase {
    JoinPolicy change(ChangeDefaultJoinRole command);
}
