package io.memberkit.application.port.out;

import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.CursorPage;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MemberCursor;
import io.memberkit.domain.membership.MemberDetails;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.permission.EditRights;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The members of organizations and their roles, and the facts behind the may-edit question. */
public interface MemberRepository {
    Optional<Member> find(OrganizationId organization, UserId user);

    /** Members with their accounts, oldest first ({@code since}, then user id), optionally of one role. */
    default Page<MemberDetails> list(OrganizationId organization, Optional<MemberRole> role, PageRequest page) {
        return list(organization, MemberFilter.ofRole(role), page);
    }

    /**
     * Members with their accounts, oldest first ({@code since}, then user id), filtered by role and by a prefix of
     * their first name, last name or email address (case-insensitive).
     */
    Page<MemberDetails> list(OrganizationId organization, MemberFilter filter, PageRequest page);

    /** How many members the organization has in each role; a role nobody holds counts 0. */
    Map<MemberRole, Long> countByRole(OrganizationId organization);

    /**
     * Up to {@code size} members with their accounts, in the same order, after {@code after} (from the start when
     * empty), optionally of one role; the page's next cursor is {@link MemberCursor#after} its last member. A
     * store reads them from where the cursor points (keyset), never by skipping the rows before it.
     */
    CursorPage<MemberDetails> listAfter(OrganizationId organization, Optional<MemberRole> role,
                                        Optional<MemberCursor> after, int size);

    /** Every membership of a user, in organizations not deleted: a user belongs to few organizations. */
    List<Member> membershipsOf(UserId user);

    long countAdmins(OrganizationId organization);

    /** The facts behind "may this user edit this object of this organization", in one round trip: the hot path. */
    EditRights editRights(UserId user, OrganizationId organization, SubjectRef subject);

    /**
     * An admin adds an existing account as a member directly, with no invitation to accept or request to grant: how
     * AWX and a platform's own directory manage members. Providers whose members only join by invitation or request
     * (uData, Isogeo) refuse it with {@code BackendFailure.NotSupported}. A user already a member is a
     * {@code Conflict}.
     */
    void add(Member member);

    /** Leaving the partial_editor role drops the member's assignments in the same write. */
    void changeRole(OrganizationId organization, UserId user, MemberRole to);

    /** The member's assignments go with them. */
    void remove(OrganizationId organization, UserId user);
}
