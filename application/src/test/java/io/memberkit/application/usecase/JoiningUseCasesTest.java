package io.memberkit.application.usecase;

import static io.memberkit.application.fake.World.as;
import static io.memberkit.application.usecase.Refusals.assertInvalidInput;
import static io.memberkit.application.usecase.Refusals.assertRuleBroken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.application.fake.World;
import io.memberkit.application.port.in.audit.ListAuditTrail;
import io.memberkit.application.port.in.audit.ListAuditTrailUseCase;
import io.memberkit.application.port.in.member.ListMembers;
import io.memberkit.application.port.in.member.ListMembersUseCase;
import io.memberkit.application.port.in.organization.ChangeDefaultJoinRole;
import io.memberkit.application.port.in.organization.ChangeDefaultJoinRoleUseCase;
import io.memberkit.application.port.in.organization.DeclareDomain;
import io.memberkit.application.port.in.organization.DeclareDomainUseCase;
import io.memberkit.application.port.in.organization.GetJoinPolicy;
import io.memberkit.application.port.in.organization.GetJoinPolicyUseCase;
import io.memberkit.application.port.in.organization.MarkDomainVerified;
import io.memberkit.application.port.in.organization.MarkDomainVerifiedUseCase;
import io.memberkit.application.port.in.organization.RemoveDomain;
import io.memberkit.application.port.in.organization.RemoveDomainUseCase;
import io.memberkit.application.port.in.request.AcceptMembershipRequest;
import io.memberkit.application.port.in.request.AcceptMembershipRequestUseCase;
import io.memberkit.application.port.in.request.RequestMembership;
import io.memberkit.application.port.in.request.RequestOutcome;
import io.memberkit.application.port.in.request.RequestMembershipUseCase;
import io.memberkit.domain.assignment.Assignment;
import io.memberkit.domain.common.AuditEntry;
import io.memberkit.domain.common.EmailDomain;
import io.memberkit.domain.error.Forbidden;
import io.memberkit.domain.error.NotFound;
import io.memberkit.domain.error.Rule;
import io.memberkit.domain.membership.DeclaredDomain;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.MembershipEvent;
import io.memberkit.domain.membership.RequestStatus;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.testing.TestUsers;
import io.memberkit.domain.user.User;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Verified domains let people join at once; an admin accepting a request chooses the role. */
class JoiningUseCasesTest {
    private static final EmailDomain AGGLO = new EmailDomain("agglo.example.org");

    private final World world = new World();
    private final DeclareDomainUseCase declare = world.joining;
    private final RemoveDomainUseCase removeDomain = world.joining;
    private final MarkDomainVerifiedUseCase markVerified = world.joining;
    private final ChangeDefaultJoinRoleUseCase changeDefaultRole = world.joining;
    private final GetJoinPolicyUseCase joinPolicy = world.joining;
    private final RequestMembershipUseCase requestMembership = world.requests;
    private final AcceptMembershipRequestUseCase acceptRequest = world.requests;
    private final ListMembersUseCase listMembers = world.members;
    private final ListAuditTrailUseCase auditTrail = world.audit;

    private final User admin = world.aUser();
    private final User siteAdmin = world.aSiteAdmin();
    private final Organization organization = world.organizationOf(admin);

    private Optional<MemberRole> roleOf(User user) {
        return listMembers.list(new ListMembers(as(admin), organization.id(), Optional.empty(), null)).items()
                .stream().filter(m -> m.user().id().equals(user.id())).map(m -> m.member().role()).findFirst();
    }

    private void verifiedDomain(EmailDomain domain) {
        declare.declare(new DeclareDomain(as(admin), organization.id(), domain));
        markVerified.mark(new MarkDomainVerified(as(siteAdmin), organization.id(), domain));
    }

    private RequestOutcome asks(User applicant) {
        return requestMembership.request(new RequestMembership(as(applicant), organization.id(), "Hello"));
    }

    @Nested
    class OrganizationAdminsDeclareDomainsAndSiteAdminsVerifyThem {
        @Test
        void an_admin_declares_a_domain_not_yet_verified_and_a_site_admin_verifies_it() {
            var declared = declare.declare(new DeclareDomain(as(admin), organization.id(), AGGLO));

            assertThat(declared.domains()).singleElement().extracting(DeclaredDomain::isVerified).isEqualTo(false);
            var verified = markVerified.mark(new MarkDomainVerified(as(siteAdmin), organization.id(), AGGLO));
            assertThat(verified.verified(AGGLO)).isPresent();
            assertThat(joinPolicy.get(new GetJoinPolicy(as(admin), organization.id()))).isEqualTo(verified);
        }

        @Test
        void an_editor_declares_nothing_and_an_organization_admin_verifies_nothing() {
            var editor = world.aUser();
            world.member(organization, admin, editor, MemberRole.EDITOR);
            declare.declare(new DeclareDomain(as(admin), organization.id(), AGGLO));

            assertThatThrownBy(() -> declare.declare(new DeclareDomain(as(editor), organization.id(),
                    new EmailDomain("other.example.org")))).isInstanceOf(Forbidden.class);
            assertThatThrownBy(() -> markVerified.mark(new MarkDomainVerified(as(admin), organization.id(), AGGLO)))
                    .isInstanceOf(Forbidden.class);
        }

        @Test
        void an_undeclared_domain_is_neither_verified_nor_removed() {
            assertThatThrownBy(() -> markVerified.mark(new MarkDomainVerified(as(siteAdmin), organization.id(), AGGLO)))
                    .isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> removeDomain.remove(new RemoveDomain(as(admin), organization.id(), AGGLO)))
                    .isInstanceOf(NotFound.class);
        }

        @Test
        void a_domain_is_a_domain_name() {
            assertInvalidInput("domain", () -> EmailDomain.parse("not a domain", "domain"));
            assertInvalidInput("domain", () -> EmailDomain.parse("localhost", "domain"));
            assertThat(EmailDomain.parse(" Agglo.Example.ORG ", "domain")).isEqualTo(AGGLO);
        }
    }

    @Nested
    class ARequestFromAVerifiedAddressOnAVerifiedDomainIsAcceptedAtOnce {
        @Test
        void the_applicant_joins_with_the_default_role_and_the_audit_trail_says_why() {
            verifiedDomain(AGGLO);
            var applicant = world.user(TestUsers.aUser().email("jeanne@agglo.example.org"));

            var outcome = asks(applicant);

            assertThat(outcome.acceptedAtOnce()).isTrue();
            assertThat(outcome.request().status()).isEqualTo(RequestStatus.ACCEPTED);
            assertThat(roleOf(applicant)).contains(MemberRole.EDITOR);
            assertThat(world.store.events()).last().isInstanceOfSatisfying(
                    MembershipEvent.MembershipRequestAutoAccepted.class, e -> assertThat(e.domain()).isEqualTo(AGGLO));
            assertThat(auditTrail.list(new ListAuditTrail(as(admin), organization.id(), null)).items())
                    .extracting(AuditEntry::type).contains("MembershipRequestAutoAccepted");
        }

        @Test
        void the_default_role_may_be_partial_editor_but_never_admin() {
            verifiedDomain(AGGLO);
            changeDefaultRole.change(new ChangeDefaultJoinRole(as(admin), organization.id(), MemberRole.PARTIAL_EDITOR));
            var applicant = world.user(TestUsers.aUser().email("paul@agglo.example.org"));

            asks(applicant);

            assertThat(roleOf(applicant)).contains(MemberRole.PARTIAL_EDITOR);
            assertInvalidInput("default_join_role", () -> new ChangeDefaultJoinRole(as(admin), organization.id(),
                    MemberRole.ADMIN));
        }

        @Test
        void an_address_not_verified_waits_for_an_admin() {
            verifiedDomain(AGGLO);
            var applicant = world.user(TestUsers.aUser().email("eve@agglo.example.org").emailUnverified());

            var outcome = asks(applicant);

            assertThat(outcome.acceptedAtOnce()).isFalse();
            assertThat(outcome.request().isPending()).isTrue();
            assertThat(roleOf(applicant)).isEmpty();
        }

        @Test
        void a_domain_declared_but_not_verified_lets_nobody_in() {
            declare.declare(new DeclareDomain(as(admin), organization.id(), AGGLO));
            var applicant = world.user(TestUsers.aUser().email("jeanne@agglo.example.org"));

            assertThat(asks(applicant).acceptedAtOnce()).isFalse();
        }

        @Test
        void another_domain_or_a_removed_one_waits_for_an_admin() {
            verifiedDomain(AGGLO);
            var outsider = world.user(TestUsers.aUser().email("max@elsewhere.example.org"));
            assertThat(asks(outsider).acceptedAtOnce()).isFalse();

            removeDomain.remove(new RemoveDomain(as(admin), organization.id(), AGGLO));
            var applicant = world.user(TestUsers.aUser().email("jeanne@agglo.example.org"));
            assertThat(asks(applicant).acceptedAtOnce()).isFalse();
        }

        @Test
        void a_request_waiting_since_before_the_verification_is_accepted_when_asked_again() {
            var applicant = world.user(TestUsers.aUser().email("jeanne@agglo.example.org"));
            assertThat(asks(applicant).acceptedAtOnce()).isFalse();
            verifiedDomain(AGGLO);

            var again = asks(applicant);

            assertThat(again.created()).isFalse();
            assertThat(again.acceptedAtOnce()).isTrue();
        }
    }

    @Nested
    class AnAdminAcceptingARequestChoosesTheRole {
        private final User applicant = world.aUser();

        @Test
        void editor_unless_said_otherwise_as_in_udata() {
            var request = world.membershipRequest(organization, applicant);

            assertThat(acceptRequest.accept(new AcceptMembershipRequest(as(admin), organization.id(), request.id()))
                    .role()).isEqualTo(MemberRole.EDITOR);
        }

        @Test
        void a_partial_editor_with_assignments_or_an_admin() {
            var ds = world.subjectOf(organization, "ds-1");
            var request = world.membershipRequest(organization, applicant);
            var other = world.aUser();
            var otherRequest = world.membershipRequest(organization, other);

            acceptRequest.accept(new AcceptMembershipRequest(as(admin), organization.id(), request.id(),
                    MemberRole.PARTIAL_EDITOR, Set.of(ds)));
            acceptRequest.accept(new AcceptMembershipRequest(as(admin), organization.id(), otherRequest.id(),
                    MemberRole.ADMIN, Set.of()));

            assertThat(roleOf(applicant)).contains(MemberRole.PARTIAL_EDITOR);
            assertThat(world.ports.assignments().of(organization.id(), applicant.id()))
                    .extracting(Assignment::subject).containsExactly(ds);
            assertThat(roleOf(other)).contains(MemberRole.ADMIN);
        }

        @Test
        void assignments_for_another_role_or_outside_the_organization_are_refused() {
            var request = world.membershipRequest(organization, applicant);
            var ds = world.subjectOf(organization, "ds-1");
            var elsewhere = world.subjectOf(world.organizationOf(world.aUser()), "ds-2");

            assertRuleBroken(Rule.ASSIGNMENTS_REQUIRE_PARTIAL_EDITOR, () -> acceptRequest.accept(
                    new AcceptMembershipRequest(as(admin), organization.id(), request.id(), MemberRole.EDITOR,
                            Set.of(ds))));
            assertRuleBroken(Rule.ASSIGNMENT_OUTSIDE_ORGANIZATION, () -> acceptRequest.accept(
                    new AcceptMembershipRequest(as(admin), organization.id(), request.id(), MemberRole.PARTIAL_EDITOR,
                            Set.of(elsewhere))));
            assertThat(roleOf(applicant)).isEmpty();
        }
    }
}
