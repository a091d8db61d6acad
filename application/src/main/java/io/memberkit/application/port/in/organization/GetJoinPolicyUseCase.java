package io.memberkit.application.port.in.organization;

import io.memberkit.domain.membership.JoinPolicy;

/** An organization's declared domains (verified or not) and default join role, for its admins and editors. */
public interface GetJoinPolicyUseCase {
    JoinPolicy get(GetJoinPolicy query);
}
