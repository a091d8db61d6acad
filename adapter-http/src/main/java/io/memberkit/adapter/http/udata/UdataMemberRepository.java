package io.memberkit.adapter.http.udata;

import io.memberkit.domain.membership.MemberCursor;
import io.memberkit.domain.common.CursorPage;
import io.memberkit.application.port.out.MemberFilter;
import io.memberkit.adapter.http.common.RemoteCall;
import io.memberkit.adapter.http.udata.mapping.UdataAssignmentMapper;
import io.memberkit.adapter.http.udata.mapping.UdataMemberMapper;
import io.memberkit.adapter.http.udata.mapping.UdataUserMapper;
import io.memberkit.adapter.http.udata.mapping.UdataValues;
import io.memberkit.adapter.http.udata.wire.UdataAssignment;
import io.memberkit.adapter.http.udata.wire.UdataMember;
import io.memberkit.adapter.http.udata.wire.UdataOrganization;
import io.memberkit.adapter.http.udata.wire.UdataOrganizationRef;
import io.memberkit.adapter.http.udata.wire.UdataRole;
import io.memberkit.adapter.http.udata.wire.UdataUser;
import io.memberkit.application.port.out.BackendFailure;
import io.memberkit.application.port.out.MemberRepository;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.Gone;
import io.memberkit.domain.error.NotFound;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MemberDetails;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.permission.EditRights;
import io.memberkit.domain.user.User;
import io.micronaut.core.type.Argument;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.Locale;
import java.util.Map;
import java.util.EnumMap;
import java.util.Objects;
import java.util.Optional;

/**
 * Members over uData, where they live inside the organization payload ({@code members[]}): uData has no members
 * endpoint, and no paging of them. So {@code list} reads the one payload and pages it here, oldest member first
 * (then by user id), after filtering by role; the other reads ask for the members' ids and roles only
 * ({@code X-Fields}). Each call reads afresh: nothing is cached between calls.
 * <ul>
 *   <li>The accounts in {@code list} come from the payload's user references, which have no registration date,
 *       site roles, about or website: see {@link UdataUserMapper#fromReference}.</li>
 *   <li>{@code membershipsOf} reads the account's organizations ({@code GET /me/} for the key's owner,
 *       {@code GET /users/{id}/} for others), then each organization's members for the role.</li>
 *   <li>{@code editRights} combines the account ({@code /me/} or {@code /users/{id}/}), the organization's members,
 *       and, for a partial editor only, {@code GET /organizations/{org}/assignments/}.</li>
 * </ul>
 */
public final class UdataMemberRepository implements MemberRepository {
    private static final UdataMemberMapper MAPPER = UdataMemberMapper.INSTANCE;
    private static final Argument<UdataOrganization> ORGANIZATION = Argument.of(UdataOrganization.class);
    private static final Argument<UdataUser> USER = Argument.of(UdataUser.class);
    private final UdataClient client;

    UdataMemberRepository(UdataClient client) {
        this.client = client;
    }

    @Override
    public Optional<Member> find(OrganizationId organization, UserId user) {
        try {
            return membersOf(organization).stream().filter(m -> m.user().equals(user)).findFirst();
        } catch (NotFound noSuchOrganization) {
            return Optional.empty();
        }
    }

    private List<Member> membersOf(OrganizationId organization) {
        var call = RemoteCall.get("/organizations/{}/", organization.value())
                .header("X-Fields", UdataClient.MEMBERS_FIELDS);
        return client.read(call, ORGANIZATION, payload -> payload.members() == null ? List.<Member>of()
                : payload.members().stream().filter(m -> m != null && m.user() != null && m.user().id() != null)
                .map(m -> MAPPER.toDomain(m, organization)).toList());
    }

    @Override
    public Page<MemberDetails> list(OrganizationId organization, MemberFilter filter, PageRequest page) {
        var all = allMembers(organization).stream()
                .filter(d -> filter.role().map(r -> d.member().role() == r).orElse(true))
                .filter(d -> filter.q().map(q -> matches(d, q)).orElse(true))
                .sorted(Comparator.comparing((MemberDetails d) -> d.member().since())
                        .thenComparing(d -> d.member().user().value()))
                .toList();
        long from = Math.min(page.offset(), all.size());
        var items = all.subList((int) from, (int) Math.min(from + page.pageSize(), all.size()));
        return Page.of(items, page, all.size());
    }

    /** uData sends every member inside the organization: counting by role reads that one payload. */
    @Override
    public Map<MemberRole, Long> countByRole(OrganizationId organization) {
        var counts = new EnumMap<MemberRole, Long>(MemberRole.class);
        for (var role : MemberRole.values()) {
            counts.put(role, 0L); // every role present, as the database adapter answers
        }
        allMembers(organization).forEach(d -> counts.merge(d.member().role(), 1L, Long::sum));
        return counts;
    }

    private List<MemberDetails> allMembers(OrganizationId organization) {
        var call = RemoteCall.get("/organizations/{}/", organization.value()).header("X-Fields", "id,deleted,members");
        return client.read(call, ORGANIZATION, payload -> (payload.members() == null ? List.<UdataMember>of()
                : payload.members()).stream()
                .filter(m -> m != null && m.user() != null && m.user().id() != null)
                .map(m -> MAPPER.toDetails(m, organization))
                .toList());
    }

    /** A case-insensitive prefix of the first name, last name or email, as the database adapter searches. */
    private static boolean matches(MemberDetails details, String q) {
        var prefix = q.toLowerCase(Locale.ROOT);
        var user = details.user();
        return Stream.of(user.firstName(), user.lastName(), user.email() == null ? null : user.email().value())
                .anyMatch(v -> v != null && v.toLowerCase(Locale.ROOT).startsWith(prefix));
    }

    @Override
    public List<Member> membershipsOf(UserId user) {
        List<UdataOrganizationRef> organizations;
        try {
            var account = client.meIf(user, me -> me).orElseGet(() -> client.read(RemoteCall.get("/users/{}/",
                    user.value()).header("X-Fields", "id,organizations"), USER));
            organizations = account.organizations() == null ? List.of() : account.organizations();
        } catch (NotFound | Gone noUsableAccount) {
            return List.of();
        }
        return organizations.stream().filter(o -> o != null && o.id() != null)
                .flatMap(o -> find(new OrganizationId(o.id()), user).stream())
                .toList();
    }

    @Override
    public long countAdmins(OrganizationId organization) {
        return membersOf(organization).stream().filter(Member::isAdmin).count();
    }

    @Override
    public EditRights editRights(UserId user, OrganizationId organization, SubjectRef subject) {
        User account;
        try {
            account = client.meIf(user, UdataUserMapper.INSTANCE::toDomain).orElseGet(() -> client.read(
                    RemoteCall.get("/users/{}/", user.value()), USER, UdataUserMapper.INSTANCE::toDomain));
        } catch (NotFound | Gone noUsableAccount) {
            return EditRights.NOBODY;
        }
        if (account.isGone()) {
            return EditRights.NOBODY;
        }
        if (account.isSiteAdmin()) {
            return new EditRights(true, true, Optional.empty(), false);
        }
        Optional<MemberRole> role;
        try {
            role = find(organization, user).map(Member::role);
        } catch (Gone deletedOrganization) {
            role = Optional.empty();
        }
        boolean assigned = role.filter(r -> r == MemberRole.PARTIAL_EDITOR).isPresent()
                && client.read(RemoteCall.get("/organizations/{}/assignments/", organization.value()),
                        Argument.listOf(UdataAssignment.class),
                        list -> list.stream().filter(Objects::nonNull)
                                .map(a -> UdataAssignmentMapper.INSTANCE.toDomain(a, organization))
                                .anyMatch(a -> a.user().equals(user) && a.subject().equals(subject)));
        return new EditRights(true, false, role, assigned);
    }

    /** uData has no direct add: one joins by invitation or request. */
    @Override
    public void add(Member member) {
        throw new BackendFailure.NotSupported("adding a member without invitation", UdataConfiguration.PROVIDER);
    }

    @Override
    public void changeRole(OrganizationId organization, UserId user, MemberRole to) {
        client.execute(RemoteCall.put("/organizations/{}/member/{}/", organization.value(), user.value())
                .body(new UdataRole(UdataValues.memberRole(to))).field("role"));
    }

    @Override
    public void remove(OrganizationId organization, UserId user) {
        client.execute(RemoteCall.delete("/organizations/{}/member/{}/", organization.value(), user.value()));
    }

    /** uData sends every member in one payload: the cursor is applied to it here, in the list's order. */
    @Override
    public CursorPage<MemberDetails> listAfter(OrganizationId organization, Optional<MemberRole> role,
                                               Optional<MemberCursor> after, int size) {
        var fetched = allMembers(organization).stream()
                .filter(d -> role.map(r -> d.member().role() == r).orElse(true))
                .filter(d -> after.map(cursor -> cursor.isBefore(d.member())).orElse(true))
                .sorted(Comparator.comparing((MemberDetails d) -> d.member().since())
                        .thenComparing(d -> d.member().user().value()))
                .limit(size + 1L)
                .toList();
        return CursorPage.of(fetched, size, d -> MemberCursor.after(d.member()).token());
    }
}
