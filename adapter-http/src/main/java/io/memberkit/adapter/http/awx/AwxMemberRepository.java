package io.memberkit.adapter.http.awx;

import io.memberkit.domain.membership.MemberCursor;
import io.memberkit.domain.common.CursorPage;
import io.memberkit.application.port.out.MemberFilter;
import static io.memberkit.adapter.http.awx.AwxClient.API;

import io.memberkit.adapter.http.awx.mapping.AwxMemberMapper;
import io.memberkit.adapter.http.awx.mapping.AwxUserMapper;
import io.memberkit.adapter.http.awx.mapping.AwxValues;
import io.memberkit.adapter.http.awx.wire.AwxAssociation;
import io.memberkit.adapter.http.awx.wire.AwxDisassociation;
import io.memberkit.adapter.http.awx.wire.AwxOrganization;
import io.memberkit.adapter.http.awx.wire.AwxUser;
import io.memberkit.adapter.http.common.RemoteCall;
import io.memberkit.application.port.out.BackendFailure;
import io.memberkit.application.port.out.MemberRepository;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.NotFound;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MemberDetails;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.permission.EditRights;
import io.memberkit.domain.user.User;
import io.micronaut.core.type.Argument;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Members over AWX, where an organization's members are the users holding one of two of its roles, each its own
 * list: {@code /api/v2/organizations/N/admins/} ({@code admin_role}: memberkit's admins) and
 * {@code /api/v2/organizations/N/users/} ({@code member_role}: memberkit's editors). AWX lists an admin in
 * {@code users/} only if they were also added as a member, so memberkit's members are the union of both lists, an
 * admin counting once, as admin.
 * <ul>
 *   <li>{@code list}: members oldest account first, by AWX id (AWX numbers accounts in creation order, so this is
 *       the port's "since, then id" order). The admins are read whole (an organization has few); the members are
 *       walked a page at a time, merged with the admins, up to the page asked for. The total is counted by AWX:
 *       members, plus admins, minus admins who are members too ({@code id__in}).</li>
 *   <li>{@code membershipsOf} reads the user's {@code admin_of_organizations/} and {@code organizations/}.</li>
 *   <li>Changes are AWX's associations, {@code POST {"id": N}} to add and {@code {"id": N, "disassociate": true}}
 *       to take out: {@code add} associates with {@code admins/} or {@code users/}; promoting is associating with
 *       {@code admins/}; demoting associates with {@code users/} first, then takes the user out of
 *       {@code admins/} (so they never drop out of the organization half-way); removing takes the user out of
 *       {@code users/}, then {@code admins/}. A POST is sent once, never retried.</li>
 *   <li>AWX has no partial editors, assignments or membership dates: {@code partial_editor} is
 *       {@code NotSupported}, nothing is ever assigned, and {@code since} is the later of the account's and the
 *       organization's creation.</li>
 * </ul>
 */
public final class AwxMemberRepository implements MemberRepository {
    private static final String PROVIDER = AwxConfiguration.PROVIDER;
    private static final AwxMemberMapper MAPPER = AwxMemberMapper.INSTANCE;
    private static final Argument<AwxOrganization> ORGANIZATION = Argument.of(AwxOrganization.class);
    private static final Argument<AwxUser> USER = Argument.of(AwxUser.class);
    private final AwxClient client;

    AwxMemberRepository(AwxClient client) {
        this.client = client;
    }

    private static RemoteCall admins(long organization) {
        return RemoteCall.get(API + "/organizations/{}/admins/", organization);
    }

    private static RemoteCall users(long organization) {
        return RemoteCall.get(API + "/organizations/{}/users/", organization);
    }

    @Override
    public Optional<Member> find(OrganizationId organization, UserId user) {
        var o = AwxValues.IDS.number(organization);
        var u = AwxValues.IDS.number(user);
        if (o.isEmpty() || u.isEmpty()) {
            return Optional.empty();
        }
        var payload = client.find(RemoteCall.get(API + "/organizations/{}/", o.get()), ORGANIZATION,
                Function.identity());
        if (payload.isEmpty()) {
            return Optional.empty();
        }
        return inList(admins(o.get()), u.get()).map(a -> MAPPER.toDomain(a, payload.get(), AwxValues.ADMINS))
                .or(() -> inList(users(o.get()), u.get()).map(m -> MAPPER.toDomain(m, payload.get(), AwxValues.USERS)));
    }

    /** The user in a role's list, asked with {@code ?id=N}. */
    private Optional<AwxUser> inList(RemoteCall list, long user) {
        return client.read(list.query("id", user), AwxClient.pageOf(AwxUser.class), page ->
                (page.results() == null ? List.<AwxUser>of() : page.results()).stream()
                        .filter(u -> u != null && u.id() != null && u.id() == user).findFirst());
    }

    @Override
    public Page<MemberDetails> list(OrganizationId organization, MemberFilter filter, PageRequest page) {
        if (filter.q().isPresent()) {
            // the provider pages its own lists: a search memberkit filtered afterwards would page wrongly
            throw new BackendFailure.NotSupported("searching members by name or email", PROVIDER);
        }
        var role = filter.role();
        var o = AwxValues.IDS.number(organization).orElseThrow(() -> new NotFound("Organization not found"));
        var payload = client.read(RemoteCall.get(API + "/organizations/{}/", o), ORGANIZATION, Function.identity());
        if (role.filter(r -> r == MemberRole.PARTIAL_EDITOR).isPresent()) {
            return Page.of(List.of(), page, 0);
        }
        List<MemberDetails> admins;
        try (var all = client.walk(admins(o).query("order_by", "id"), AwxUser.class,
                a -> MAPPER.toDetails(a, payload, AwxValues.ADMINS))) {
            admins = all.toList();
        }
        if (role.filter(r -> r == MemberRole.ADMIN).isPresent()) {
            long from = Math.min(page.offset(), admins.size());
            return Page.of(admins.subList((int) from, (int) Math.min(from + page.pageSize(), admins.size())), page,
                    admins.size());
        }
        var adminIds = admins.stream().map(AwxMemberRepository::number).collect(Collectors.toSet());
        boolean editorsOnly = role.isPresent();
        long members = client.count(() -> users(o));
        long both = adminIds.isEmpty() ? 0 : client.count(() -> users(o).query("id__in", adminIds.stream()
                .sorted().map(String::valueOf).collect(Collectors.joining(","))));
        long total = editorsOnly ? members - both : members + admins.size() - both;
        var items = new ArrayList<MemberDetails>();
        try (var walked = client.walk(users(o).query("order_by", "id"), AwxUser.class,
                u -> adminIds.contains(u.id()) ? null : MAPPER.toDetails(u, payload, AwxValues.USERS))) {
            var merged = merge(walked.filter(Objects::nonNull).iterator(),
                    editorsOnly ? List.<MemberDetails>of().iterator() : admins.iterator());
            for (long skip = page.offset(); skip > 0 && merged.hasNext(); skip--) {
                merged.next();
            }
            while (merged.hasNext() && items.size() < page.pageSize()) {
                items.add(merged.next());
            }
        }
        return Page.of(items, page, Math.max(total, page.offset() + items.size()));
    }

    private static long number(MemberDetails details) {
        return AwxValues.IDS.number(details.member().user()).orElseThrow();
    }

    /** Two lists sorted by AWX id, as one sorted by AWX id. */
    private static Iterator<MemberDetails> merge(Iterator<MemberDetails> a, Iterator<MemberDetails> b) {
        return new Iterator<>() {
            private MemberDetails nextA = a.hasNext() ? a.next() : null;
            private MemberDetails nextB = b.hasNext() ? b.next() : null;

            @Override
            public boolean hasNext() {
                return nextA != null || nextB != null;
            }

            @Override
            public MemberDetails next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                MemberDetails out;
                if (nextB == null || (nextA != null && number(nextA) <= number(nextB))) {
                    out = nextA;
                    nextA = a.hasNext() ? a.next() : null;
                } else {
                    out = nextB;
                    nextB = b.hasNext() ? b.next() : null;
                }
                return out;
            }
        };
    }

    /** The organizations the user administers ({@code admin_of_organizations/}) or belongs to ({@code organizations/}), by id. */
    @Override
    public List<Member> membershipsOf(UserId user) {
        var u = AwxValues.IDS.number(user);
        if (u.isEmpty()) {
            return List.of();
        }
        var account = client.meIf(user, Function.identity())
                .or(() -> client.find(RemoteCall.get(API + "/users/{}/", u.get()), USER, Function.identity()));
        if (account.isEmpty()) {
            return List.of();
        }
        var byOrganization = new LinkedHashMap<Long, Member>();
        try (var administered = client.walk(RemoteCall.get(API + "/users/{}/admin_of_organizations/", u.get())
                .query("order_by", "id"), AwxOrganization.class, o -> MAPPER.toDomain(account.get(), o,
                AwxValues.ADMINS))) {
            administered.forEach(m -> byOrganization.put(AwxValues.IDS.number(m.organization()).orElseThrow(), m));
        }
        try (var joined = client.walk(RemoteCall.get(API + "/users/{}/organizations/", u.get())
                .query("order_by", "id"), AwxOrganization.class, o -> MAPPER.toDomain(account.get(), o,
                AwxValues.USERS))) {
            joined.forEach(m -> byOrganization.putIfAbsent(AwxValues.IDS.number(m.organization()).orElseThrow(), m));
        }
        return byOrganization.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue).toList();
    }

    @Override
    public long countAdmins(OrganizationId organization) {
        return AwxValues.IDS.number(organization).map(o -> client.count(() -> admins(o))).orElse(0L);
    }

    /** A superuser may edit anything; otherwise the user's role in the organization; AWX assigns nothing. */
    @Override
    public EditRights editRights(UserId user, OrganizationId organization, SubjectRef subject) {
        var u = AwxValues.IDS.number(user);
        if (u.isEmpty()) {
            return EditRights.NOBODY;
        }
        Optional<User> account = client.meIf(user, AwxUserMapper.INSTANCE::toDomain)
                .or(() -> client.find(RemoteCall.get(API + "/users/{}/", u.get()), USER,
                        AwxUserMapper.INSTANCE::toDomain));
        if (account.isEmpty() || account.get().isGone()) {
            return EditRights.NOBODY;
        }
        if (account.get().isSiteAdmin()) {
            return new EditRights(true, true, Optional.empty(), false);
        }
        return new EditRights(true, false, find(organization, user).map(Member::role), false);
    }

    @Override
    public void add(Member member) {
        var o = organizationNumber(member.organization());
        var u = userNumber(member.user());
        switch (member.role()) {
            case ADMIN -> associate(admins(o), u);
            case EDITOR -> associate(users(o), u);
            case PARTIAL_EDITOR -> throw partialEditors();
        }
    }

    @Override
    public void changeRole(OrganizationId organization, UserId user, MemberRole to) {
        var o = organizationNumber(organization);
        var u = userNumber(user);
        switch (to) {
            case ADMIN -> associate(admins(o), u);
            case EDITOR -> {
                associate(users(o), u);
                disassociate(admins(o), u);
            }
            case PARTIAL_EDITOR -> throw partialEditors();
        }
    }

    @Override
    public void remove(OrganizationId organization, UserId user) {
        var o = organizationNumber(organization);
        var u = userNumber(user);
        disassociate(users(o), u);
        disassociate(admins(o), u);
    }

    private void associate(RemoteCall list, long user) {
        client.execute(post(list).body(new AwxAssociation(user)).field("user"));
    }

    private void disassociate(RemoteCall list, long user) {
        client.execute(post(list).body(AwxDisassociation.of(user)).field("user"));
    }

    private static RemoteCall post(RemoteCall list) {
        return RemoteCall.post(list.path());
    }

    private static BackendFailure.NotSupported partialEditors() {
        return new BackendFailure.NotSupported("the partial_editor role", PROVIDER);
    }

    private static long organizationNumber(OrganizationId id) {
        return AwxValues.IDS.number(id).orElseThrow(() -> new NotFound("Not an AWX organization: " + id));
    }

    private static long userNumber(UserId id) {
        return AwxValues.IDS.number(id).orElseThrow(() -> new NotFound("Not an AWX user: " + id));
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
