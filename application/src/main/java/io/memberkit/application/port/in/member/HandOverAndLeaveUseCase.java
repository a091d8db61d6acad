package io.memberkit.application.port.in.member;

import io.memberkit.domain.membership.Member;

/**
 * An admin promotes another member to admin and leaves, in one unit of work: how the last admin leaves. Returns
 * the successor's membership. Both happen or neither does.
 */
public interface HandOverAndLeaveUseCase {
    Member handOver(HandOverAndLeave command);
}
