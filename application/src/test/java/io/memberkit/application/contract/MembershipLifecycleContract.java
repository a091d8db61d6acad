package io.memberkit.application.contract;

import io.memberkit.application.port.out.InvitationCount;
import io.memberkit.application.port.out.MemberFilter;
import io.memberkit.application.port.out.OrganizationQuery.OrganizationSort;
import io.memberkit.application.port.out.OrganizationQuery;
import io.memberkit.domain.assignment.Assignment;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.EmailDomain;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.Slug;
import io.memberkit.domain.common.SortOrder;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.common.WebUrl;
import io.memberkit.domain.error.Conflict;
import io.memberkit.domain.membership.Acceptance;
import io.memberkit.domain.membership.DeclaredDomain;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.JoinPolicy;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MemberDetails;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.MembershipRequest;
import io.memberkit.domain.membership.MembershipRequestId;
import io.memberkit.domain.membership.Memberships;
import io.memberkit.domain.membership.RequestStatus;
import io.memberkit.domain.organization.Badge;
import io.memberkit.domain.organization.BusinessNumber;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.organization.OrganizationDetails;
import io.memberkit.domain.organization.Organizations;
import io.memberkit.domain.permission.EditRights;
import io.memberkit.domain.testing.TestOrganizations;
import io.memberkit.domain.testing.TestUsers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every store of memberkit's own features does: direct adds, email domains and join roles, invitation expiry
 * computed against the clock, the invitation rate limit's count, resending and binding invitations. The local
 * database and the fakes keep them; remote providers answer {@code BackendFailure.NotSupported} for them (their
 * own tests say so), so this suite is not run over uData.
 */
public abstract class MembershipLifecycleContract extends PortContract {

    @Nested
    class DirectAdds {
        @Test
        void a_member_added_directly_is_a_member_with_that_role_and_counted() {
            var admin = aUser();
            var organization = organizationOf(admin);
            var editor = aUser();

            run(() -> out.members().add(new Member(organization.id(), editor.id(), MemberRole.EDITOR, t(3))));

            assertThat(out.members().find(organization.id(), editor.id())).contains(
                    new Member(organization.id(), editor.id(), MemberRole.EDITOR, t(3)));
            assertThat(out.members().list(organization.id(), Optional.empty(), PageRequest.firstPage()).total())
                    .isEqualTo(2);
            assertThat(out.organizations().find(organization.id())).get()
                    .satisfies(o -> assertThat(o.metrics().members()).isEqualTo(2));
        }

        @Test
        void a_member_cannot_be_added_twice() {
            var admin = aUser();
            var organization = organizationOf(admin);

            assertThatThrownBy(() -> run(() -> out.members().add(
                    new Member(organization.id(), admin.id(), MemberRole.EDITOR, t(3)))))
                    .isInstanceOf(Conflict.class);
            assertThat(out.members().find(organization.id(), admin.id())).get()
                    .extracting(Member::role).isEqualTo(MemberRole.ADMIN);
        }
    }

    @Nested
    class JoinPolicies {
        @Test
        void an_organization_declared_nothing_at_first() {
            var organization = organizationOf(aUser());

            assertThat(out.organizations().joinPolicy(organization.id())).isEqualTo(JoinPolicy.NONE);
        }

        @Test
        void declared_domains_are_kept_verified_and_removed_per_organization() {
            var organization = organizationOf(aUser());
            var other = organizationOf(aUser());
            var agglo = new EmailDomain("agglo.example.org");
            var mairie = new EmailDomain("mairie.example.org");

            run(() -> {
                out.organizations().declareDomain(organization.id(), new DeclaredDomain(mairie, t(1), null));
                out.organizations().declareDomain(organization.id(), new DeclaredDomain(agglo, t(2), null));
                out.organizations().declareDomain(other.id(), new DeclaredDomain(agglo, t(3), null));
            });
            run(() -> out.organizations().markDomainVerified(organization.id(), agglo, t(4)));

            assertThat(out.organizations().joinPolicy(organization.id())).isEqualTo(new JoinPolicy(List.of(
                    new DeclaredDomain(agglo, t(2), t(4)), new DeclaredDomain(mairie, t(1), null)), MemberRole.EDITOR));
            assertThat(out.organizations().joinPolicy(other.id()).domains())
                    .containsExactly(new DeclaredDomain(agglo, t(3), null));

            run(() -> out.organizations().removeDomain(organization.id(), agglo));

            assertThat(out.organizations().joinPolicy(organization.id()).domains())
                    .containsExactly(new DeclaredDomain(mairie, t(1), null));
            assertThat(out.organizations().joinPolicy(other.id()).domains()).hasSize(1);
        }

        @Test
        void a_domain_is_declared_at_most_once_per_organization() {
            var organization = organizationOf(aUser());
            var domain = new EmailDomain("agglo.example.org");
            run(() -> out.organizations().declareDomain(organization.id(), new DeclaredDomain(domain, t(1), null)));

            assertThatThrownBy(() -> run(() -> out.organizations().declareDomain(organization.id(),
                    new DeclaredDomain(domain, t(2), null)))).isInstanceOf(Conflict.class);
        }

        @Test
        void the_default_join_role_is_kept() {
            var organization = organizationOf(aUser());
            run(() -> out.organizations().declareDomain(organization.id(),
                    new DeclaredDomain(new EmailDomain("agglo.example.org"), t(1), null)));

            run(() -> out.organizations().changeDefaultJoinRole(organization.id(), MemberRole.PARTIAL_EDITOR));

            assertThat(out.organizations().joinPolicy(organization.id()).defaultRole())
                    .isEqualTo(MemberRole.PARTIAL_EDITOR);
            assertThat(out.organizations().joinPolicy(organization.id()).domains()).hasSize(1);
        }
    }

    @Nested
    class ExpiryIsComputedAgainstTheClock {
        @Test
        void the_status_filter_tells_expired_invitations_from_pending_ones_at_the_time_given() {
            var admin = aUser();
            var organization = organizationOf(admin);
            var invitation = invitationByEmail(organization, admin, "late@example.org", t(0)); // expires at 7 days
            var request = membershipRequest(organization, aUser(), t(1));
            run(() -> {
                out.requests().invite(invitation);
                out.requests().request(request);
            });
            var week = Duration.ofDays(7);

            assertThat(ids(organization, RequestStatus.PENDING, t(0).plus(week).minusSeconds(1)))
                    .containsExactlyInAnyOrder(invitation.id(), request.id());
            assertThat(ids(organization, RequestStatus.EXPIRED, t(0).plus(week).minusSeconds(1))).isEmpty();
            assertThat(ids(organization, RequestStatus.PENDING, t(0).plus(week))).containsExactly(request.id());
            assertThat(ids(organization, RequestStatus.EXPIRED, t(0).plus(week))).containsExactly(invitation.id());
            // nothing was rewritten: the row is still pending
            assertThat(out.requests().find(invitation.id())).get().extracting(MembershipRequest::status)
                    .isEqualTo(RequestStatus.PENDING);
            assertThat(out.requests().list(organization.id(), Optional.empty(), Optional.of(RequestStatus.EXPIRED),
                    PageRequest.firstPage(), t(0).plus(week)).total()).isEqualTo(1);
        }

        @Test
        void a_handled_invitation_is_never_expired() {
            var admin = aUser();
            var organization = organizationOf(admin);
            var invitation = invitationByEmail(organization, admin, "gone@example.org", t(0));
            run(() -> out.requests().invite(invitation));
            run(() -> out.requests().cancelInvitation(canceled(invitation, admin)));

            assertThat(ids(organization, RequestStatus.EXPIRED, t(0).plus(Duration.ofDays(30)))).isEmpty();
            assertThat(ids(organization, RequestStatus.CANCELED, t(0).plus(Duration.ofDays(30))))
                    .containsExactly(invitation.id());
        }

        private List<MembershipRequestId> ids(Organization organization, RequestStatus status, Instant now) {
            return out.requests().list(organization.id(), Optional.empty(), Optional.of(status),
                    PageRequest.firstPage(), now).items().stream().map(MembershipRequest::id).toList();
        }
    }

    @Nested
    class TheRateLimitCountsInvitationsCreated {
        @Test
        void invitations_created_after_a_time_are_counted_with_the_oldest_whatever_became_of_them() {
            var admin = aUser();
            var organization = organizationOf(admin);
            var elsewhere = organizationOf(admin);
            var tooOld = invitationByEmail(organization, admin, "a@example.org", t(0));
            var oldest = invitationByEmail(organization, admin, "b@example.org", t(10));
            var canceled = invitationByEmail(organization, admin, "c@example.org", t(20));
            var request = membershipRequest(organization, aUser(), t(30));
            var other = invitationByEmail(elsewhere, admin, "d@example.org", t(40));
            run(() -> {
                out.requests().invite(tooOld);
                out.requests().invite(oldest);
                out.requests().invite(canceled);
                out.requests().request(request);
                out.requests().invite(other);
            });
            run(() -> out.requests().cancelInvitation(canceled(canceled, admin)));

            var counted = out.requests().invitationsAfter(organization.id(), t(0));

            assertThat(counted.count()).isEqualTo(2);
            assertThat(counted.oldest()).contains(t(10));
            assertThat(out.requests().invitationsAfter(organization.id(), t(50)))
                    .isEqualTo(new InvitationCount(0, Optional.empty()));
        }
    }

    @Nested
    class ResendingAndBinding {
        @Test
        void resending_writes_the_new_expiry() {
            var admin = aUser();
            var organization = organizationOf(admin);
            var invitation = invitationByEmail(organization, admin, "again@example.org", t(1));
            run(() -> out.requests().invite(invitation));
            var renewed = withExpiry(invitation, t(60 * 24 * 20));

            run(() -> out.requests().resendInvitation(renewed));

            assertThat(out.requests().find(invitation.id())).contains(renewed);
        }

        @Test
        void resending_a_handled_invitation_is_a_conflict() {
            var admin = aUser();
            var organization = organizationOf(admin);
            var invitation = invitationByEmail(organization, admin, "again@example.org", t(1));
            run(() -> out.requests().invite(invitation));
            run(() -> out.requests().cancelInvitation(canceled(invitation, admin)));

            assertThatThrownBy(() -> run(() -> out.requests().resendInvitation(withExpiry(invitation, t(9000)))))
                    .isInstanceOf(Conflict.class);
            assertThat(out.requests().find(invitation.id())).get().extracting(MembershipRequest::status)
                    .isEqualTo(RequestStatus.CANCELED);
        }

        @Test
        void binding_an_email_invitation_makes_the_account_its_invitee() {
            var admin = aUser();
            var organization = organizationOf(admin);
            var owner = user(TestUsers.aUser().email("owner@example.org"));
            var invitation = invitationByEmail(organization, admin, "owner@example.org", t(1));
            run(() -> out.requests().invite(invitation));
            var bound = withInvitee(invitation, new Invitee.Known(owner.id()));

            run(() -> out.requests().bindInvitation(bound));

            assertThat(out.requests().find(invitation.id())).contains(bound);
            assertThat(out.requests().findPending(organization.id(), new Invitee.Known(owner.id()))).contains(bound);
            assertThat(out.requests().findPending(organization.id(),
                    new Invitee.ByEmail(new EmailAddress("owner@example.org")))).isEmpty();
        }

        @Test
        void binding_a_handled_invitation_is_a_conflict() {
            var admin = aUser();
            var organization = organizationOf(admin);
            var owner = user(TestUsers.aUser().email("owner2@example.org"));
            var invitation = invitationByEmail(organization, admin, "owner2@example.org", t(1));
            run(() -> out.requests().invite(invitation));
            run(() -> out.requests().cancelInvitation(canceled(invitation, admin)));

            assertThatThrownBy(() -> run(() -> out.requests().bindInvitation(
                    withInvitee(invitation, new Invitee.Known(owner.id()))))).isInstanceOf(Conflict.class);
        }

        private MembershipRequest withExpiry(MembershipRequest r, Instant expiresAt) {
            return new MembershipRequest(r.id(), r.organization(), r.kind(), r.status(), r.invitee(), r.role(),
                    r.comment(), r.assignments(), r.created(), r.createdBy(), r.handledBy(), r.handledOn(),
                    r.refusalComment(), expiresAt);
        }

        private MembershipRequest withInvitee(MembershipRequest r, Invitee invitee) {
            return new MembershipRequest(r.id(), r.organization(), r.kind(), r.status(), invitee, r.role(),
                    r.comment(), r.assignments(), r.created(), r.createdBy(), r.handledBy(), r.handledOn(),
                    r.refusalComment(), r.expiresAt());
        }
    }
}
