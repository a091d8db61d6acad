package io.memberkit.application.fake;

import io.memberkit.application.port.out.ApiKeyRepository;
import io.memberkit.application.port.out.AssignmentRepository;
import io.memberkit.application.port.out.EventLog;
import io.memberkit.application.port.out.FollowRepository;
import io.memberkit.application.port.out.Ids;
import io.memberkit.application.port.out.InvitationCount;
import io.memberkit.application.port.out.MemberFilter;
import io.memberkit.application.port.out.MemberRepository;
import io.memberkit.application.port.out.MembershipRequestRepository;
import io.memberkit.application.port.out.OrganizationQuery;
import io.memberkit.application.port.out.OrganizationRepository;
import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.application.port.out.SubjectRepository;
import io.memberkit.application.port.out.UnitOfWork;
import io.memberkit.application.port.out.UserQuery;
import io.memberkit.application.port.out.UserRepository;
import io.memberkit.domain.assignment.Assignment;
import io.memberkit.domain.assignment.Subject;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.AuditEntry;
import io.memberkit.domain.common.CursorPage;
import io.memberkit.domain.common.DomainEvent;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.EmailDomain;
import io.memberkit.domain.common.OrganizationEvent;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.Slug;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.Conflict;
import io.memberkit.domain.follow.Follow;
import io.memberkit.domain.follow.FollowTarget;
import io.memberkit.domain.membership.Acceptance;
import io.memberkit.domain.membership.DeclaredDomain;
import io.memberkit.domain.membership.JoinPolicy;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MemberCursor;
import io.memberkit.domain.membership.MemberDetails;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.MembershipRequest;
import io.memberkit.domain.membership.MembershipRequestId;
import io.memberkit.domain.membership.RequestStatus;
import io.memberkit.domain.organization.Badge;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.organization.OrganizationMetrics;
import io.memberkit.domain.permission.EditRights;
import io.memberkit.domain.user.ApiKey;
import io.memberkit.domain.user.ApiKeyHash;
import io.memberkit.domain.user.ApiKeyId;
import io.memberkit.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Every outbound port over plain maps, for use-case tests and as the reference the contract suites are checked
 * against. Test code only. A write unit of work holds one lock (so membership changes are serialized, as the
 * database's row lock does) and restores a snapshot when the work throws (so nothing is half-written).
 */
public final class InMemoryStore {
    private State state = new State();
    private final ReentrantLock writeLock = new ReentrantLock();
    private final AtomicLong ids = new AtomicLong();
    private final Clock clock;

    public InMemoryStore(Clock clock) {
        this.clock = clock;
    }

    /** A full set of ports over this store. */
    public OutboundPorts ports() {
        return new OutboundPorts(new Users(), new Organizations(), new Members(), new Requests(), new Assignments(),
                new Subjects(), new Follows(), new ApiKeys(), new Events(), new SequentialIds(), new Work(), clock);
    }

    /** Everything ever appended to the event log, in order. */
    public List<DomainEvent> events() {
        return List.copyOf(state.events);
    }

    private static final class State {
        final Map<UserId, User> users = new LinkedHashMap<>();
        final Map<OrganizationId, Organization> organizations = new LinkedHashMap<>();
        final Map<String, Member> members = new LinkedHashMap<>();
        final Map<MembershipRequestId, MembershipRequest> requests = new LinkedHashMap<>();
        final Map<String, Assignment> assignments = new LinkedHashMap<>();
        final Map<SubjectRef, Subject> subjects = new LinkedHashMap<>();
        final Map<String, Follow> follows = new LinkedHashMap<>();
        final Map<OrganizationId, JoinPolicy> joinPolicies = new LinkedHashMap<>();
        final List<DomainEvent> events = new ArrayList<>();
        final Map<ApiKeyId, ApiKey> apiKeys = new LinkedHashMap<>();
        final Map<ApiKeyHash, ApiKeyId> apiKeyHashes = new LinkedHashMap<>();

        State copy() {
            var c = new State();
            c.users.putAll(users);
            c.organizations.putAll(organizations);
            c.members.putAll(members);
            c.requests.putAll(requests);
            c.assignments.putAll(assignments);
            c.subjects.putAll(subjects);
            c.follows.putAll(follows);
            c.joinPolicies.putAll(joinPolicies);
            c.events.addAll(events);
            c.apiKeys.putAll(apiKeys);
            c.apiKeyHashes.putAll(apiKeyHashes);
            return c;
        }
    }

    private static String key(OrganizationId organization, UserId user) {
        return organization.value() + "|" + user.value();
    }

    private static String key(Assignment a) {
        return a.organization().value() + "|" + a.user().value() + "|" + a.subject();
    }

    private static String key(UserId follower, FollowTarget target) {
        return follower.value() + "|" + target;
    }

    private static <T> Page<T> page(Stream<T> all, PageRequest request) {
        var list = all.toList();
        var items = list.stream().skip(request.offset()).limit(request.pageSize()).toList();
        return Page.of(items, request, list.size());
    }

    private static boolean startsWith(String value, String prefix) {
        return value != null && value.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT));
    }

    private final class Work implements UnitOfWork {
        @Override
        public <T> T write(Supplier<T> work) {
            writeLock.lock();
            try {
                if (writeLock.getHoldCount() > 1) {
                    return work.get();
                }
                var before = state.copy();
                try {
                    return work.get();
                } catch (RuntimeException | Error e) {
                    state = before;
                    throw e;
                }
            } finally {
                writeLock.unlock();
            }
        }

        @Override
        public <T> T read(Supplier<T> work) {
            return work.get();
        }
    }

    private final class SequentialIds implements Ids {
        @Override
        public UserId newUser() {
            return new UserId("u" + ids.incrementAndGet());
        }

        @Override
        public OrganizationId newOrganization() {
            return new OrganizationId("o" + ids.incrementAndGet());
        }

        @Override
        public MembershipRequestId newMembershipRequest() {
            return new MembershipRequestId("r" + ids.incrementAndGet());
        }
    }

    private final class Users implements UserRepository {
        @Override
        public Optional<User> find(UserId id) {
            return Optional.ofNullable(state.users.get(id));
        }

        @Override
        public Optional<User> findByEmail(EmailAddress email) {
            return state.users.values().stream().filter(u -> email.equals(u.email())).findFirst();
        }

        @Override
        public boolean slugExists(Slug slug) {
            return state.users.values().stream().anyMatch(u -> u.slug().equals(slug));
        }

        @Override
        public boolean anySiteAdmin() {
            return state.users.values().stream().anyMatch(u -> u.isSiteAdmin() && !u.isGone());
        }

        @Override
        public Page<User> list(UserQuery query, PageRequest page) {
            Comparator<User> order = switch (query.sort().field()) {
                case FIRST_NAME -> Comparator.comparing(u -> u.firstName().toLowerCase(Locale.ROOT));
                case LAST_NAME -> Comparator.comparing(u -> u.lastName().toLowerCase(Locale.ROOT));
                case CREATED -> Comparator.comparing(User::since);
            };
            order = query.sort().descending() ? order.reversed() : order;
            Predicate<User> matches = u -> query.q().map(q -> startsWith(u.firstName(), q) || startsWith(u.lastName(), q)
                    || (u.email() != null && startsWith(u.email().value(), q))).orElse(true);
            return page(state.users.values().stream().filter(u -> !u.isDeleted()).filter(matches)
                    .sorted(order.thenComparing(u -> u.id().value())), page);
        }

        @Override
        public List<User> suggest(String prefix, int size) {
            return state.users.values().stream().filter(u -> !u.isGone())
                    .filter(u -> startsWith(u.firstName(), prefix) || startsWith(u.lastName(), prefix)
                            || startsWith(u.slug().value(), prefix))
                    .sorted(Comparator.comparing(u -> u.slug().value())).limit(size).toList();
        }

        @Override
        public User add(User user) {
            if (state.users.containsKey(user.id()) || slugExists(user.slug())) {
                throw new Conflict("user " + user.id() + " exists already");
            }
            state.users.put(user.id(), user);
            return user;
        }

        @Override
        public void update(User user) {
            state.users.put(user.id(), user);
        }

        @Override
        public void updateOwnProfile(User user) {
            state.users.put(user.id(), user);
        }

        @Override
        public void delete(User anonymised, DeletionOptions options) {
            var id = anonymised.id();
            state.users.put(id, anonymised);
            state.members.values().removeIf(m -> m.user().equals(id));
            state.assignments.values().removeIf(a -> a.user().equals(id));
            state.follows.values().removeIf(f -> f.follower().equals(id)
                    || f.target().equals(new FollowTarget.OfUser(id)));
            state.requests.values().removeIf(r -> r.isPending() && r.user().filter(id::equals).isPresent());
        }

        @Override
        public void deleteOwnAccount(User anonymised) {
            delete(anonymised, new DeletionOptions(true, false));
        }

        @Override
        public void markEmailVerified(UserId user) {
            state.users.computeIfPresent(user, (id, u) -> u.withEmailVerified());
        }
    }

    private final class Organizations implements OrganizationRepository {
        @Override
        public Optional<Organization> find(OrganizationId id) {
            return Optional.ofNullable(state.organizations.get(id)).map(this::withMetrics);
        }

        @Override
        public Optional<Organization> findBySlug(Slug slug) {
            return state.organizations.values().stream().filter(o -> o.slug().equals(slug)).findFirst()
                    .map(this::withMetrics);
        }

        @Override
        public Optional<Organization> findForMembershipChange(OrganizationId id) {
            return find(id); // the write lock of the unit of work already serializes changes
        }

        @Override
        public boolean slugExists(Slug slug) {
            return state.organizations.values().stream().anyMatch(o -> o.slug().equals(slug));
        }

        @Override
        public Page<Organization> list(OrganizationQuery query, PageRequest page) {
            Comparator<Organization> order = switch (query.sort().field()) {
                case NAME -> Comparator.comparing(o -> o.name().toLowerCase(Locale.ROOT));
                case CREATED -> Comparator.comparing(Organization::created);
                case LAST_MODIFIED -> Comparator.comparing(Organization::lastModified);
                case FOLLOWERS -> Comparator.comparingLong(o -> o.metrics().followers());
                case DATASETS -> Comparator.comparingLong(o -> o.metrics().datasets());
                case REUSES -> Comparator.comparingLong(o -> o.metrics().reuses());
                case VIEWS -> Comparator.comparingLong(o -> o.metrics().views());
            };
            order = query.sort().descending() ? order.reversed() : order;
            Predicate<Organization> matches = o -> query.q().map(q -> startsWith(o.name(), q)
                    || startsWith(o.acronym(), q) || startsWith(o.slug().value(), q)).orElse(true)
                    && query.badge().map(o::hasBadge).orElse(true)
                    && query.name().map(n -> o.name().equalsIgnoreCase(n)).orElse(true)
                    && query.businessNumber().map(b -> b.equals(o.businessNumber())).orElse(true);
            return page(state.organizations.values().stream().filter(o -> !o.isDeleted()).map(this::withMetrics)
                    .filter(matches).sorted(order.thenComparing(o -> o.id().value())), page);
        }

        @Override
        public List<Organization> suggest(String prefix, int size) {
            return state.organizations.values().stream().filter(o -> !o.isDeleted())
                    .filter(o -> startsWith(o.name(), prefix) || startsWith(o.acronym(), prefix)
                            || startsWith(o.slug().value(), prefix))
                    .sorted(Comparator.comparing(o -> o.slug().value())).limit(size).map(this::withMetrics).toList();
        }

        @Override
        public Organization create(Organization organization, Member founder) {
            if (state.organizations.containsKey(organization.id()) || slugExists(organization.slug())) {
                throw new Conflict("organization " + organization.id() + " exists already");
            }
            state.organizations.put(organization.id(), organization);
            state.members.put(key(founder.organization(), founder.user()), founder);
            return withMetrics(organization);
        }

        @Override
        public void update(Organization organization) {
            state.organizations.put(organization.id(), organization);
        }

        @Override
        public void markDeleted(Organization deleted) {
            state.organizations.put(deleted.id(), deleted);
        }

        @Override
        public void addBadge(OrganizationId organization, Badge badge) {
            var o = state.organizations.get(organization);
            var badges = o.badges().isEmpty() ? EnumSet.noneOf(Badge.class) : EnumSet.copyOf(o.badges());
            badges.add(badge);
            state.organizations.put(organization, o.withBadges(badges, clock.instant()));
        }

        @Override
        public void removeBadge(OrganizationId organization, Badge badge) {
            var o = state.organizations.get(organization);
            var badges = o.badges().isEmpty() ? EnumSet.noneOf(Badge.class) : EnumSet.copyOf(o.badges());
            badges.remove(badge);
            state.organizations.put(organization, o.withBadges(badges, clock.instant()));
        }

        @Override
        public JoinPolicy joinPolicy(OrganizationId organization) {
            return state.joinPolicies.getOrDefault(organization, JoinPolicy.NONE);
        }

        @Override
        public void declareDomain(OrganizationId organization, DeclaredDomain domain) {
            var policy = joinPolicy(organization);
            if (policy.find(domain.domain()).isPresent()) {
                throw new Conflict("domain " + domain.domain() + " is declared already");
            }
            var domains = new ArrayList<>(policy.domains());
            domains.add(domain);
            state.joinPolicies.put(organization, new JoinPolicy(domains, policy.defaultRole()));
        }

        @Override
        public void removeDomain(OrganizationId organization, EmailDomain domain) {
            var policy = joinPolicy(organization);
            state.joinPolicies.put(organization, new JoinPolicy(policy.domains().stream()
                    .filter(d -> !d.domain().equals(domain)).toList(), policy.defaultRole()));
        }

        @Override
        public void markDomainVerified(OrganizationId organization, EmailDomain domain, Instant at) {
            var policy = joinPolicy(organization);
            state.joinPolicies.put(organization, new JoinPolicy(policy.domains().stream()
                    .map(d -> d.domain().equals(domain) ? new DeclaredDomain(d.domain(), d.declaredOn(), at) : d)
                    .toList(), policy.defaultRole()));
        }

        @Override
        public void changeDefaultJoinRole(OrganizationId organization, MemberRole role) {
            state.joinPolicies.put(organization, new JoinPolicy(joinPolicy(organization).domains(), role));
        }

        /** Members and followers are counted, as the database adapter keeps them. */
        private Organization withMetrics(Organization o) {
            long members = state.members.values().stream().filter(m -> m.organization().equals(o.id())).count();
            long followers = state.follows.values().stream()
                    .filter(f -> f.target().equals(new FollowTarget.OfOrganization(o.id()))).count();
            var m = o.metrics();
            return new Organization(o.id(), o.name(), o.acronym(), o.slug(), o.description(), o.url(), o.logo(),
                    o.businessNumber(), o.badges(), o.created(), o.lastModified(), o.deleted(),
                    new OrganizationMetrics(members, followers, m.datasets(), m.reuses(), m.views()));
        }
    }

    private final class Members implements MemberRepository {
        @Override
        public Optional<Member> find(OrganizationId organization, UserId user) {
            return Optional.ofNullable(state.members.get(key(organization, user)));
        }

        @Override
        public Page<MemberDetails> list(OrganizationId organization, MemberFilter filter, PageRequest page) {
            return page(state.members.values().stream()
                    .filter(m -> m.organization().equals(organization))
                    .filter(m -> filter.role().map(r -> m.role() == r).orElse(true))
                    .sorted(Comparator.comparing(Member::since).thenComparing(m -> m.user().value()))
                    .map(m -> new MemberDetails(m, state.users.get(m.user())))
                    .filter(d -> filter.q().map(q -> startsWith(d.user().firstName(), q)
                            || startsWith(d.user().lastName(), q)
                            || (d.user().email() != null && startsWith(d.user().email().value(), q))).orElse(true)),
                    page);
        }

        @Override
        public Map<MemberRole, Long> countByRole(OrganizationId organization) {
            var counts = new EnumMap<MemberRole, Long>(MemberRole.class);
            for (var role : MemberRole.values()) {
                counts.put(role, 0L);
            }
            state.members.values().stream().filter(m -> m.organization().equals(organization))
                    .forEach(m -> counts.merge(m.role(), 1L, Long::sum));
            return counts;
        }

        @Override
        public CursorPage<MemberDetails> listAfter(OrganizationId organization, Optional<MemberRole> role,
                                                   Optional<MemberCursor> after, int size) {
            var fetched = state.members.values().stream()
                    .filter(m -> m.organization().equals(organization))
                    .filter(m -> role.map(r -> m.role() == r).orElse(true))
                    .filter(m -> after.map(cursor -> cursor.isBefore(m)).orElse(true))
                    .sorted(Comparator.comparing(Member::since).thenComparing(m -> m.user().value()))
                    .limit(size + 1L)
                    .map(m -> new MemberDetails(m, state.users.get(m.user()))).toList();
            return CursorPage.of(fetched, size, d -> MemberCursor.after(d.member()).token());
        }

        @Override
        public List<Member> membershipsOf(UserId user) {
            return state.members.values().stream().filter(m -> m.user().equals(user))
                    .filter(m -> !state.organizations.get(m.organization()).isDeleted()).toList();
        }

        @Override
        public long countAdmins(OrganizationId organization) {
            return state.members.values().stream()
                    .filter(m -> m.organization().equals(organization) && m.isAdmin()).count();
        }

        @Override
        public EditRights editRights(UserId user, OrganizationId organization, SubjectRef subject) {
            var account = state.users.get(user);
            if (account == null) {
                return EditRights.NOBODY;
            }
            return new EditRights(!account.isGone(), account.isSiteAdmin(),
                    find(organization, user).map(Member::role),
                    state.assignments.containsKey(key(new Assignment(organization, user, subject, Instant.EPOCH))));
        }

        @Override
        public void add(Member member) {
            addMember(member);
        }

        @Override
        public void changeRole(OrganizationId organization, UserId user, MemberRole to) {
            var member = state.members.get(key(organization, user));
            state.members.put(key(organization, user), member.withRole(to));
            if (to != MemberRole.PARTIAL_EDITOR) {
                dropAssignments(organization, user);
            }
        }

        @Override
        public void remove(OrganizationId organization, UserId user) {
            state.members.remove(key(organization, user));
            dropAssignments(organization, user);
        }
    }

    private void dropAssignments(OrganizationId organization, UserId user) {
        state.assignments.values().removeIf(a -> a.organization().equals(organization) && a.user().equals(user));
    }

    private void addMember(Member member) {
        if (state.members.putIfAbsent(key(member.organization(), member.user()), member) != null) {
            throw new Conflict("User is already a member");
        }
    }

    private final class Requests implements MembershipRequestRepository {
        @Override
        public Optional<MembershipRequest> find(MembershipRequestId id) {
            return Optional.ofNullable(state.requests.get(id));
        }

        @Override
        public Optional<MembershipRequest> findPending(OrganizationId organization, Invitee invitee) {
            return state.requests.values().stream()
                    .filter(r -> r.organization().equals(organization) && r.isPending() && r.invitee().equals(invitee))
                    .findFirst();
        }

        @Override
        public Page<MembershipRequest> list(OrganizationId organization, Optional<UserId> user,
                                            Optional<RequestStatus> status, PageRequest page, Instant now) {
            return page(state.requests.values().stream()
                    .filter(r -> r.organization().equals(organization))
                    .filter(r -> user.map(u -> r.user().filter(u::equals).isPresent()).orElse(true))
                    .filter(r -> status.map(s -> r.seenAt(now).status() == s).orElse(true))
                    .sorted(Comparator.comparing(MembershipRequest::created).reversed()
                            .thenComparing(r -> r.id().value())), page);
        }

        @Override
        public InvitationCount invitationsAfter(OrganizationId organization, Instant after) {
            var created = state.requests.values().stream()
                    .filter(r -> r.organization().equals(organization) && r.isInvitation())
                    .map(MembershipRequest::created).filter(at -> at.isAfter(after)).toList();
            return new InvitationCount(created.size(), created.stream().min(Comparator.naturalOrder()));
        }

        @Override
        public void resendInvitation(MembershipRequest renewed) {
            handle(renewed);
        }

        @Override
        public void bindInvitation(MembershipRequest bound) {
            handle(bound);
        }

        @Override
        public List<MembershipRequest> pendingInvitationsFor(UserId user, Optional<EmailAddress> email) {
            return state.requests.values().stream()
                    .filter(r -> r.isInvitation() && r.isPending())
                    .filter(r -> r.invitee().equals(new Invitee.Known(user))
                            || email.map(e -> r.invitee().equals(new Invitee.ByEmail(e))).orElse(false))
                    .sorted(Comparator.comparing(MembershipRequest::created)).toList();
        }

        @Override
        public MembershipRequest invite(MembershipRequest invitation) {
            requireStored(invitation);
            state.requests.put(invitation.id(), invitation);
            return invitation;
        }

        @Override
        public MembershipRequest request(MembershipRequest request) {
            requireStored(request);
            state.requests.put(request.id(), request);
            return request;
        }

        @Override
        public void updateComment(MembershipRequestId id, String comment) {
            var r = state.requests.get(id);
            state.requests.put(id, new MembershipRequest(r.id(), r.organization(), r.kind(), r.status(), r.invitee(),
                    r.role(), comment, r.assignments(), r.created(), r.createdBy(), r.handledBy(), r.handledOn(),
                    r.refusalComment(), r.expiresAt()));
        }

        @Override
        public void acceptInvitation(Acceptance acceptance) {
            accept(acceptance);
        }

        @Override
        public void refuseInvitation(MembershipRequest refused) {
            handle(refused);
        }

        @Override
        public void acceptRequest(Acceptance acceptance) {
            accept(acceptance);
        }

        @Override
        public void refuseRequest(MembershipRequest refused) {
            handle(refused);
        }

        @Override
        public void cancelInvitation(MembershipRequest canceled) {
            handle(canceled);
        }

        private void accept(Acceptance acceptance) {
            handle(acceptance.request());
            addMember(acceptance.member());
            acceptance.assignments().forEach(a -> state.assignments.put(key(a), a));
        }

        /** Expired is computed, never stored: the database's check constraint refuses it too. */
        private void requireStored(MembershipRequest request) {
            if (request.status() == RequestStatus.EXPIRED) {
                throw new IllegalArgumentException("expired is computed, never stored");
            }
        }

        /** Handling is allowed once: a request no longer pending cannot be handled again. */
        private void handle(MembershipRequest handled) {
            requireStored(handled);
            var current = state.requests.get(handled.id());
            if (current == null || !current.isPending()) {
                throw new Conflict("The request was handled already");
            }
            state.requests.put(handled.id(), handled);
        }
    }

    private final class Assignments implements AssignmentRepository {
        @Override
        public Page<Assignment> list(OrganizationId organization, PageRequest page) {
            return page(state.assignments.values().stream().filter(a -> a.organization().equals(organization))
                    .sorted(Comparator.comparing((Assignment a) -> a.user().value())
                            .thenComparing(a -> a.subject().kind()).thenComparing(a -> a.subject().id())), page);
        }

        @Override
        public List<Assignment> of(OrganizationId organization, UserId user) {
            return state.assignments.values().stream()
                    .filter(a -> a.organization().equals(organization) && a.user().equals(user))
                    .sorted(Comparator.comparing((Assignment a) -> a.subject().kind()).thenComparing(a -> a.subject().id()))
                    .toList();
        }

        @Override
        public List<Assignment> replace(OrganizationId organization, UserId user, Set<SubjectRef> subjects, Instant at) {
            var kept = new LinkedHashMap<SubjectRef, Assignment>();
            of(organization, user).stream().filter(a -> subjects.contains(a.subject()))
                    .forEach(a -> kept.put(a.subject(), a));
            dropAssignments(organization, user);
            subjects.forEach(s -> kept.putIfAbsent(s, new Assignment(organization, user, s, at)));
            kept.values().forEach(a -> state.assignments.put(key(a), a));
            return of(organization, user);
        }
    }

    private final class Subjects implements SubjectRepository {
        @Override
        public Optional<Subject> find(SubjectRef ref) {
            return Optional.ofNullable(state.subjects.get(ref));
        }

        @Override
        public void register(Subject subject, Optional<Assignment> creatorAssignment) {
            state.subjects.put(subject.ref(), subject);
            creatorAssignment.ifPresent(a -> state.assignments.put(key(a), a));
        }

        @Override
        public void remove(SubjectRef ref) {
            state.subjects.remove(ref);
            state.assignments.values().removeIf(a -> a.subject().equals(ref));
        }
    }

    private final class Follows implements FollowRepository {
        @Override
        public Optional<Follow> find(UserId follower, FollowTarget target) {
            return Optional.ofNullable(state.follows.get(key(follower, target)));
        }

        @Override
        public Page<Follow> followers(FollowTarget target, PageRequest page) {
            return page(state.follows.values().stream().filter(f -> f.target().equals(target))
                    .sorted(Comparator.comparing(Follow::since).thenComparing(f -> f.follower().value())), page);
        }

        @Override
        public long count(FollowTarget target) {
            return state.follows.values().stream().filter(f -> f.target().equals(target)).count();
        }

        @Override
        public void follow(Follow follow) {
            state.follows.put(key(follow.follower(), follow.target()), follow);
        }

        @Override
        public void unfollow(Follow follow) {
            state.follows.remove(key(follow.follower(), follow.target()));
        }
    }

    private final class ApiKeys implements ApiKeyRepository {
        @Override
        public void add(ApiKey key, ApiKeyHash hash) {
            if (state.apiKeys.containsKey(key.id()) || state.apiKeyHashes.containsKey(hash)) {
                throw new Conflict("Already exists (api_keys)");
            }
            state.apiKeys.put(key.id(), key);
            state.apiKeyHashes.put(hash, key.id());
        }

        @Override
        public Optional<ApiKey> findByHash(ApiKeyHash hash) {
            return Optional.ofNullable(state.apiKeyHashes.get(hash)).map(state.apiKeys::get);
        }

        @Override
        public Optional<ApiKey> find(ApiKeyId id) {
            return Optional.ofNullable(state.apiKeys.get(id));
        }

        @Override
        public List<ApiKey> of(UserId owner) {
            return state.apiKeys.values().stream().filter(k -> k.owner().equals(owner))
                    .sorted(Comparator.comparing(ApiKey::created).thenComparing(k -> k.id().value())).toList();
        }

        @Override
        public void revoke(ApiKeyId id, Instant at) {
            state.apiKeys.computeIfPresent(id, (key, stored) -> new ApiKey(stored.id(), stored.owner(), stored.name(),
                    stored.prefix(), stored.created(), at));
        }
    }

    private final class Events implements EventLog {
        @Override
        public void append(DomainEvent event) {
            state.events.add(event);
        }

        @Override
        public Page<AuditEntry> list(OrganizationId organization, PageRequest page) {
            var entries = new ArrayList<AuditEntry>();
            for (int i = 0; i < state.events.size(); i++) {
                if (state.events.get(i) instanceof OrganizationEvent e && e.organization().equals(organization)) {
                    entries.add(new AuditEntry(i + 1, e.at(), e.actor(), organization, e.type(), e.describe()));
                }
            }
            return page(entries.stream(), page);
        }
    }
}
