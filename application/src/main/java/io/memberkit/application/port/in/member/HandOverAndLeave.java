package io.memberkit.application.port.in.member;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.common.UserId;

/** The input of {@link HandOverAndLeaveUseCase}: {@code successor} is a member who becomes admin. */
public record HandOverAndLeave(Actor actor, OrganizationId organization, UserId successor) {
    public HandOverAndLeave {
        Require.present(actor, "actor");
        Require.present(organization, "organization");
        Require.present(successor, "successor");
    }
}
