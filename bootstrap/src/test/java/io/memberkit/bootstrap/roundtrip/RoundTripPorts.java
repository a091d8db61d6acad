package io.memberkit.bootstrap.roundtrip;

import io.memberkit.domain.membership.MemberCursor;
import io.memberkit.domain.common.CursorPage;
import io.memberkit.domain.common.EmailDomain;
import io.memberkit.domain.membership.DeclaredDomain;
import io.memberkit.domain.membership.JoinPolicy;
import io.memberkit.application.port.out.InvitationCount;
import io.memberkit.application.port.out.MemberFilter;
import io.memberkit.adapter.http.common.PassThroughUnitOfWork;
import io.memberkit.adapter.http.common.ProvisionalIds;
import io.memberkit.adapter.http.udata.UdataAdapter;
import io.memberkit.adapter.http.udata.UdataConfiguration;
import io.memberkit.application.port.in.apikey.CreateApiKey;
import io.memberkit.application.port.out.AssignmentRepository;
import io.memberkit.application.port.out.FollowRepository;
import io.memberkit.application.port.out.MemberRepository;
import io.memberkit.application.port.out.MembershipRequestRepository;
import io.memberkit.application.port.out.OrganizationQuery;
import io.memberkit.application.port.out.OrganizationRepository;
import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.application.port.out.SubjectRepository;
import io.memberkit.application.port.out.UserQuery;
import io.memberkit.application.port.out.UserRepository;
import io.memberkit.domain.assignment.Assignment;
import io.memberkit.domain.assignment.Subject;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.Slug;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.follow.Follow;
import io.memberkit.domain.follow.FollowTarget;
import io.memberkit.domain.membership.Acceptance;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MemberDetails;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.MembershipRequest;
import io.memberkit.domain.membership.MembershipRequestId;
import io.memberkit.domain.organization.Badge;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.permission.EditRights;
import io.memberkit.domain.testing.TestUsers;
import io.memberkit.domain.user.User;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A full set of ports over {@code memberkit serve} for one contract test: the uData HTTP adapter
 * ({@link UdataAdapter}) against the local server, which runs the use cases over its own database. What goes over
 * HTTP, and what does not, and why:
 * <ul>
 *   <li><b>Over HTTP:</b> organizations, members, membership requests and invitations, assignments, follows, and the
 *       reads of users and subjects. uData acts as the API key's owner, so each call goes out with the key of the
 *       person the contract names: the founder creates the organization, an admin of it (the request's creator or
 *       handler when they are one, else the founder) invites, answers requests, changes roles and assignments, the
 *       invitee answers the invitation, the applicant applies, the follower follows. Reads go out as a site admin
 *       (who sees every organization, deleted ones included, and every email), except those uData only answers to
 *       one person: a request by id and an organization's requests (as the organization's founder), someone's
 *       pending invitations and organizations (as them: {@code /me/}).</li>
 *   <li><b>Seeded into the server's database through its own ports</b>, because uData has no endpoint for them:
 *       accounts with the contract's ids ({@code users().add}: uData creates accounts itself, with its ids, for site
 *       admins only), and subjects ({@code subjects().register/remove}: uData owns its datasets, reuses and
 *       dataservices; the uData adapter reports declaring and removing them as not supported, and reads them over
 *       HTTP). Each account that acts gets a local API key through the server's own use case.</li>
 *   <li><b>Aligned in the server's database:</b> the slug of a new organization. uData derives it from the name;
 *       the contract's organizations carry a slug of their own choosing, which is set after the HTTP create.</li>
 * </ul>
 * The server chooses ids and times as uData does; {@link RoundTrip} primes its ids and sets its clock to the
 * given's, so what the contract wrote is what it reads back. The unit of work is the adapter's pass-through one:
 * each call is its own transaction, as online.
 */
final class RoundTripPorts implements AutoCloseable {
    static final UserId READER = new UserId("roundtrip-site-admin");
    private final RoundTrip roundTrip;
    private final Map<UserId, UdataAdapter> adapters = new LinkedHashMap<>();
    private final Map<OrganizationId, UserId> founders = new LinkedHashMap<>();
    private final Map<MembershipRequestId, OrganizationId> requests = new LinkedHashMap<>();

    RoundTripPorts(RoundTrip roundTrip) {
        this.roundTrip = roundTrip;
        var reader = TestUsers.aSiteAdmin().id(READER.value()).named("Round", "Trip").build();
        roundTrip.store().unitOfWork().write(() -> roundTrip.store().users().add(reader));
    }

    /** The ports the contract uses. */
    OutboundPorts ports() {
        var store = roundTrip.store();
        return new OutboundPorts(new Users(), new Organizations(), new Members(), new Requests(), new Assignments(),
                new Subjects(), new Follows(), store.apiKeys(), store.events(), new ProvisionalIds(),
                new PassThroughUnitOfWork(), roundTrip.clock);
    }

    /** The uData adapter with {@code user}'s API key (made on first use through the server's own use case). */
    UdataAdapter as(UserId user) {
        return adapters.computeIfAbsent(user, key -> {
            var token = roundTrip.useCases().createApiKey().create(new CreateApiKey(Actor.user(key), "round trip"))
                    .token().value();
            return UdataAdapter.create(UdataConfiguration.defaults().withBaseUrl(roundTrip.server().url())
                    .withApiKey(token).withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(30))
                    .withRetries(1, Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofSeconds(1)));
        });
    }

    /** A site admin: sees every organization and account as uData shows them to its admins. */
    UdataAdapter reader() {
        return as(READER);
    }

    /** Whoever founded {@code organization} through these ports. */
    UserId founder(OrganizationId organization) {
        var founder = founders.get(organization);
        if (founder == null) {
            throw new IllegalStateException("no organization " + organization + " was created through these ports");
        }
        return founder;
    }

    /** {@code preferred} if they are an admin of {@code organization} now, else its founder. */
    private UserId adminOf(OrganizationId organization, UserId preferred) {
        var store = roundTrip.store();
        var isAdmin = preferred != null && store.unitOfWork().read(() -> store.members().find(organization, preferred))
                .filter(Member::isAdmin).isPresent();
        return isAdmin ? preferred : founder(organization);
    }

    private void at(Instant at) {
        roundTrip.setClock(at);
    }

    private <T> T seeded(Supplier<T> write) {
        return roundTrip.store().unitOfWork().write(write);
    }

    @Override
    public void close() {
        adapters.values().forEach(UdataAdapter::close);
        adapters.clear();
    }

    /** Accounts: added straight into the server's database (the contract's ids), read over HTTP. */
    private final class Users implements UserRepository {
        @Override
        public Optional<User> find(UserId id) {
            return reader().users().find(id);
        }

        @Override
        public Optional<User> findByEmail(EmailAddress email) {
            return reader().users().findByEmail(email);
        }

        @Override
        public boolean slugExists(Slug slug) {
            return reader().users().slugExists(slug);
        }

        @Override
        public Page<User> list(UserQuery query, PageRequest page) {
            return reader().users().list(query, page);
        }

        @Override
        public List<User> suggest(String prefix, int size) {
            return reader().users().suggest(prefix, size);
        }

        @Override
        public User add(User user) {
            return seeded(() -> roundTrip.store().users().add(user));
        }

        @Override
        public void update(User user) {
            reader().users().update(user);
        }

        @Override
        public void updateOwnProfile(User user) {
            as(user.id()).users().updateOwnProfile(user);
        }

        @Override
        public void delete(User anonymised, DeletionOptions options) {
            reader().users().delete(anonymised, options);
        }

        @Override
        public void deleteOwnAccount(User anonymised) {
            as(anonymised.id()).users().deleteOwnAccount(anonymised);
        }

        @Override
        public boolean anySiteAdmin() {
            return reader().users().anySiteAdmin();
        }

        @Override
        public void markEmailVerified(UserId user) {
            reader().users().markEmailVerified(user);
        }
    }

    private final class Organizations implements OrganizationRepository {
        @Override
        public Optional<Organization> find(OrganizationId id) {
            return reader().organizations().find(id);
        }

        @Override
        public Optional<Organization> findBySlug(Slug slug) {
            return reader().organizations().findBySlug(slug);
        }

        @Override
        public Optional<Organization> findForMembershipChange(OrganizationId id) {
            return reader().organizations().findForMembershipChange(id);
        }

        @Override
        public boolean slugExists(Slug slug) {
            return reader().organizations().slugExists(slug);
        }

        @Override
        public Page<Organization> list(OrganizationQuery query, PageRequest page) {
            return reader().organizations().list(query, page);
        }

        @Override
        public List<Organization> suggest(String prefix, int size) {
            return reader().organizations().suggest(prefix, size);
        }

        /** The founder creates it (uData makes the key's owner its first admin); then the slug is aligned. */
        @Override
        public Organization create(Organization organization, Member founder) {
            roundTrip.ids.nextOrganization(organization.id());
            at(organization.created());
            var created = as(founder.user()).organizations().create(organization, founder);
            founders.put(created.id(), founder.user());
            if (!created.slug().equals(organization.slug())) {
                alignSlug(created.id(), organization.slug());
            }
            return reader().organizations().find(created.id()).orElseThrow();
        }

        private void alignSlug(OrganizationId organization, Slug slug) {
            try (var connection = roundTrip.dataSource().getConnection();
                 var statement = connection.prepareStatement("UPDATE organizations SET slug = ? WHERE id = ?")) {
                statement.setString(1, slug.value());
                statement.setString(2, organization.value());
                statement.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("could not set the slug of " + organization, e);
            }
        }

        @Override
        public void update(Organization organization) {
            at(organization.lastModified());
            as(founder(organization.id())).organizations().update(organization);
        }

        @Override
        public void markDeleted(Organization deleted) {
            at(deleted.deleted());
            as(founder(deleted.id())).organizations().markDeleted(deleted);
        }

        /** Badges are a site admin's. */
        @Override
        public void addBadge(OrganizationId organization, Badge badge) {
            reader().organizations().addBadge(organization, badge);
        }

        @Override
        public void removeBadge(OrganizationId organization, Badge badge) {
            reader().organizations().removeBadge(organization, badge);
        }

        @Override
        public JoinPolicy joinPolicy(OrganizationId organization) {
            return reader().organizations().joinPolicy(organization);
        }

        @Override
        public void declareDomain(OrganizationId organization, DeclaredDomain domain) {
            reader().organizations().declareDomain(organization, domain);
        }

        @Override
        public void removeDomain(OrganizationId organization, EmailDomain domain) {
            reader().organizations().removeDomain(organization, domain);
        }

        @Override
        public void markDomainVerified(OrganizationId organization, EmailDomain domain, Instant at) {
            reader().organizations().markDomainVerified(organization, domain, at);
        }

        @Override
        public void changeDefaultJoinRole(OrganizationId organization, MemberRole role) {
            reader().organizations().changeDefaultJoinRole(organization, role);
        }
    }

    private final class Members implements MemberRepository {
        @Override
        public Optional<Member> find(OrganizationId organization, UserId user) {
            return reader().members().find(organization, user);
        }

        @Override
        public Page<MemberDetails> list(OrganizationId organization, MemberFilter filter, PageRequest page) {
            return reader().members().list(organization, filter, page);
        }

        /**
         * Asked as the account itself ({@code GET /me/}): memberkit's server, unlike uData, does not list an
         * account's organizations on {@code GET /users/{id}/}. One that cannot act (inactive) is asked by the reader.
         */
        @Override
        public List<Member> membershipsOf(UserId user) {
            var account = roundTrip.store().unitOfWork().read(() -> roundTrip.store().users().find(user));
            var usable = account.filter(u -> !u.isGone()).isPresent();
            return (usable ? as(user) : reader()).members().membershipsOf(user);
        }

        @Override
        public long countAdmins(OrganizationId organization) {
            return reader().members().countAdmins(organization);
        }

        @Override
        public EditRights editRights(UserId user, OrganizationId organization, SubjectRef subject) {
            return reader().members().editRights(user, organization, subject);
        }

        @Override
        public void changeRole(OrganizationId organization, UserId user, MemberRole to) {
            as(founder(organization)).members().changeRole(organization, user, to);
        }

        @Override
        public void remove(OrganizationId organization, UserId user) {
            as(founder(organization)).members().remove(organization, user);
        }

        @Override
        public void add(Member member) {
            as(founder(member.organization())).members().add(member);
        }

        @Override
        public CursorPage<MemberDetails> listAfter(OrganizationId organization, Optional<MemberRole> role,
                                                   Optional<MemberCursor> after, int size) {
            return reader().members().listAfter(organization, role, after, size);
        }

        @Override
        public Map<MemberRole, Long> countByRole(OrganizationId organization) {
            return reader().members().countByRole(organization);
        }
    }

    private final class Requests implements MembershipRequestRepository {
        /** The organization's founder knows its requests (uData lists them to its admins only). */
        private UdataAdapter knowing(MembershipRequestId id) {
            var organization = requests.get(id);
            return organization == null ? reader() : as(founder(organization));
        }

        private <T extends MembershipRequest> T remember(T request) {
            requests.put(request.id(), request.organization());
            return request;
        }

        @Override
        public Optional<MembershipRequest> find(MembershipRequestId id) {
            return knowing(id).requests().find(id);
        }

        @Override
        public Optional<MembershipRequest> findPending(OrganizationId organization, Invitee invitee) {
            return as(founder(organization)).requests().findPending(organization, invitee);
        }

        @Override
        public Page<MembershipRequest> list(OrganizationId organization, Optional<UserId> user,
                                            Optional<io.memberkit.domain.membership.RequestStatus> status,
                                            PageRequest page, Instant now) {
            return as(founder(organization)).requests().list(organization, user, status, page, now);
        }

        @Override
        public List<MembershipRequest> pendingInvitationsFor(UserId user, Optional<EmailAddress> email) {
            return as(user).requests().pendingInvitationsFor(user, email);
        }

        @Override
        public MembershipRequest invite(MembershipRequest invitation) {
            remember(invitation);
            roundTrip.ids.nextRequest(invitation.id());
            at(invitation.created());
            return as(adminOf(invitation.organization(), invitation.createdBy())).requests().invite(invitation);
        }

        @Override
        public MembershipRequest request(MembershipRequest request) {
            remember(request);
            roundTrip.ids.nextRequest(request.id());
            at(request.created());
            return as(request.createdBy()).requests().request(request);
        }

        /** uData replaces the comment when the applicant applies again: as the applicant. */
        @Override
        public void updateComment(MembershipRequestId id, String comment) {
            var request = find(id).orElseThrow();
            as(request.createdBy()).requests().updateComment(id, comment);
        }

        @Override
        public void acceptInvitation(Acceptance acceptance) {
            at(acceptance.request().handledOn());
            as(acceptance.member().user()).requests().acceptInvitation(acceptance);
        }

        @Override
        public void refuseInvitation(MembershipRequest refused) {
            at(refused.handledOn());
            as(refused.handledBy()).requests().refuseInvitation(refused);
        }

        @Override
        public void acceptRequest(Acceptance acceptance) {
            var request = acceptance.request();
            at(request.handledOn());
            as(adminOf(request.organization(), request.handledBy())).requests().acceptRequest(acceptance);
        }

        @Override
        public void refuseRequest(MembershipRequest refused) {
            at(refused.handledOn());
            as(adminOf(refused.organization(), refused.handledBy())).requests().refuseRequest(refused);
        }

        @Override
        public void cancelInvitation(MembershipRequest canceled) {
            at(canceled.handledOn());
            as(adminOf(canceled.organization(), canceled.handledBy())).requests().cancelInvitation(canceled);
        }

        @Override
        public InvitationCount invitationsAfter(OrganizationId organization, Instant after) {
            return as(founder(organization)).requests().invitationsAfter(organization, after);
        }

        @Override
        public void resendInvitation(MembershipRequest renewed) {
            as(founder(renewed.organization())).requests().resendInvitation(renewed);
        }

        @Override
        public void bindInvitation(MembershipRequest bound) {
            as(founder(bound.organization())).requests().bindInvitation(bound);
        }
    }

    private final class Assignments implements AssignmentRepository {
        @Override
        public Page<Assignment> list(OrganizationId organization, PageRequest page) {
            return reader().assignments().list(organization, page);
        }

        @Override
        public List<Assignment> of(OrganizationId organization, UserId user) {
            return reader().assignments().of(organization, user);
        }

        @Override
        public List<Assignment> replace(OrganizationId organization, UserId user, Set<SubjectRef> subjects,
                                        Instant at) {
            at(at);
            return as(founder(organization)).assignments().replace(organization, user, subjects, at);
        }
    }

    /**
     * Subjects are read over HTTP ({@code GET /datasets/{id}/}…); declaring or removing one has no uData endpoint
     * (uData owns its objects), so those givens are written into the server's database.
     */
    private final class Subjects implements SubjectRepository {
        @Override
        public Optional<Subject> find(SubjectRef ref) {
            return reader().subjects().find(ref);
        }

        @Override
        public void register(Subject subject, Optional<Assignment> creatorAssignment) {
            seeded(() -> {
                roundTrip.store().subjects().register(subject, creatorAssignment);
                return null;
            });
        }

        @Override
        public void remove(SubjectRef ref) {
            seeded(() -> {
                roundTrip.store().subjects().remove(ref);
                return null;
            });
        }
    }

    private final class Follows implements FollowRepository {
        @Override
        public Optional<Follow> find(UserId follower, FollowTarget target) {
            return reader().follows().find(follower, target);
        }

        @Override
        public Page<Follow> followers(FollowTarget target, PageRequest page) {
            return reader().follows().followers(target, page);
        }

        @Override
        public long count(FollowTarget target) {
            return reader().follows().count(target);
        }

        /** uData knows no follower but the key's owner. */
        @Override
        public void follow(Follow follow) {
            at(follow.since());
            as(follow.follower()).follows().follow(follow);
        }

        @Override
        public void unfollow(Follow follow) {
            as(follow.follower()).follows().unfollow(follow);
        }
    }
}
