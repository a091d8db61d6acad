package io.memberkit.adapter.http.isogeo;

import io.memberkit.domain.membership.MemberCursor;
import io.memberkit.domain.common.CursorPage;
import java.util.Map;
import io.memberkit.application.port.out.MemberFilter;
import io.memberkit.adapter.http.isogeo.mapping.IsogeoMemberMapper;
import io.memberkit.adapter.http.isogeo.mapping.IsogeoUserMapper;
import io.memberkit.adapter.http.isogeo.mapping.IsogeoValues;
import io.memberkit.application.port.out.BackendFailure;
import io.memberkit.application.port.out.MemberRepository;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MemberDetails;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.permission.EditRights;
import java.util.List;
import java.util.Optional;

/**
 * Members over Isogeo, which shows a token its owner's memberships only ({@code GET /account/memberships}): the
 * owner's role in each of their workgroups. {@code membershipsOf}, {@code find} and {@code editRights} answer for
 * the owner; for anyone else, and for a workgroup's member list, its admin count and every change, Isogeo's API has
 * nothing to offer, so they are {@code NotSupported}. An id that is not Isogeo's is empty (or nobody), without a
 * call.
 */
public final class IsogeoMemberRepository implements MemberRepository {
    private static final String PROVIDER = IsogeoConfiguration.PROVIDER;
    private static final IsogeoMemberMapper MAPPER = IsogeoMemberMapper.INSTANCE;
    private final IsogeoClient client;

    IsogeoMemberRepository(IsogeoClient client) {
        this.client = client;
    }

    private static BackendFailure.NotSupported no(String operation) {
        return new BackendFailure.NotSupported(operation, PROVIDER);
    }

    private static boolean ours(UserId user) {
        return IsogeoValues.IDS.local(user).isPresent();
    }

    @Override
    public Optional<Member> find(OrganizationId organization, UserId user) {
        if (!ours(user) || IsogeoValues.IDS.local(organization).isEmpty()) {
            return Optional.empty();
        }
        client.requireOwner(user, "reading another user's membership");
        return client.memberships(list -> list.stream()
                .filter(m -> IsogeoOrganizationRepository.sameGroup(m, organization))
                .findFirst().map(MAPPER::toDomain));
    }

    @Override
    public Page<MemberDetails> list(OrganizationId organization, MemberFilter filter, PageRequest page) {
        if (filter.q().isPresent()) {
            // the provider pages its own lists: a search memberkit filtered afterwards would page wrongly
            throw new BackendFailure.NotSupported("searching members by name or email", PROVIDER);
        }
        var role = filter.role();
        throw no("listing a workgroup's members");
    }

    /** The owner's workgroups, in Isogeo's order, each with the owner's role. */
    @Override
    public List<Member> membershipsOf(UserId user) {
        if (!ours(user)) {
            return List.of();
        }
        client.requireOwner(user, "reading another user's memberships");
        return client.memberships(list -> list.stream().map(MAPPER::toDomain).toList());
    }

    @Override
    public long countAdmins(OrganizationId organization) {
        throw no("counting a workgroup's admins");
    }

    /** The owner's facts: staff are site admins; the role is the owner's in that workgroup; nothing is assigned. */
    @Override
    public EditRights editRights(UserId user, OrganizationId organization, SubjectRef subject) {
        if (!ours(user)) {
            return EditRights.NOBODY;
        }
        client.requireOwner(user, "another user's rights");
        var me = client.account(IsogeoUserMapper.INSTANCE::toDomain);
        if (me.isSiteAdmin()) {
            return new EditRights(true, true, Optional.empty(), false);
        }
        return new EditRights(true, false, find(organization, user).map(Member::role), false);
    }

    @Override
    public void add(Member member) {
        throw no("adding members");
    }

    @Override
    public void changeRole(OrganizationId organization, UserId user, MemberRole to) {
        throw no("changing a member's role");
    }

    @Override
    public void remove(OrganizationId organization, UserId user) {
        throw no("removing members");
    }

    @Override
    public Map<MemberRole, Long> countByRole(OrganizationId organization) {
        throw new BackendFailure.NotSupported("counting members by role", PROVIDER);
    }

    @Override
    public CursorPage<MemberDetails> listAfter(OrganizationId organization, Optional<MemberRole> role,
                                               Optional<MemberCursor> after, int size) {
        throw new BackendFailure.NotSupported("paging members by cursor", PROVIDER);
    }
}
