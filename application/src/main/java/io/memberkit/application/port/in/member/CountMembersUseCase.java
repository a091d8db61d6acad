package io.memberkit.application.port.in.member;

/** How many members an organization has in each role: visible to whoever may see its members. */
public interface CountMembersUseCase {
    MemberCounts count(CountMembers query);
}
