package io.memberkit.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.application.port.out.InvitationCount;
import io.memberkit.domain.assignment.Assignment;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.error.Conflict;
import io.memberkit.domain.membership.Acceptance;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.MembershipRequest;
import io.memberkit.domain.membership.MembershipRequestId;
import io.memberkit.domain.membership.RequestStatus;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.testing.TestUsers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What every {@code MembershipRequestRepository} does. */
public abstract class MembershipRequestRepositoryContract extends PortContract {

    @Test
    void an_invitation_is_found_with_every_field() {
        var admin = aUser();
        var organization = organizationOf(admin);
        var invitee = aUser();
        var ds1 = subject(organization, "ds-1");
        var ds2 = subject(organization, "ds-2");
        var invitation = invitation(organization, admin, new Invitee.Known(invitee.id()), MemberRole.PARTIAL_EDITOR,
                Set.of(ds1, ds2), t(1));

        run(() -> out.requests().invite(invitation));

        assertThat(out.requests().find(invitation.id())).contains(invitation);
    }

    @Test
    void an_email_invitation_is_found() {
        var admin = aUser();
        var organization = organizationOf(admin);
        var invitation = invitationByEmail(organization, admin, "new@example.org", t(1));

        run(() -> out.requests().invite(invitation));

        assertThat(out.requests().find(invitation.id())).contains(invitation);
        assertThat(out.requests().find(new MembershipRequestId("unknown"))).isEmpty();
    }

    @Test
    void the_pending_request_of_an_invitee_is_found_until_handled() {
        var admin = aUser();
        var organization = organizationOf(admin);
        var applicant = aUser();
        var request = membershipRequest(organization, applicant, t(1));
        run(() -> out.requests().request(request));

        assertThat(out.requests().findPending(organization.id(), new Invitee.Known(applicant.id()))).contains(request);

        run(() -> out.requests().refuseRequest(refused(request, admin)));

        assertThat(out.requests().findPending(organization.id(), new Invitee.Known(applicant.id()))).isEmpty();
    }

    @Test
    void a_pending_email_invitation_is_found_by_its_email() {
        var admin = aUser();
        var organization = organizationOf(admin);
        var invitation = invitationByEmail(organization, admin, "new@example.org", t(1));
        run(() -> out.requests().invite(invitation));

        assertThat(out.requests().findPending(organization.id(),
                new Invitee.ByEmail(new EmailAddress("new@example.org")))).contains(invitation);
        assertThat(out.requests().findPending(organization.id(),
                new Invitee.ByEmail(new EmailAddress("other@example.org")))).isEmpty();
    }

    @Test
    void a_comment_update_is_kept() {
        var organization = organizationOf(aUser());
        var request = membershipRequest(organization, aUser(), t(1));
        run(() -> out.requests().request(request));

        run(() -> out.requests().updateComment(request.id(), "second thoughts"));

        assertThat(out.requests().find(request.id())).get().extracting(MembershipRequest::comment)
                .isEqualTo("second thoughts");
    }

    @Nested
    protected class Listing {
        @Test
        void lists_an_organizations_requests_newest_first_filtered_and_paged() {
            var admin = aUser();
            var organization = organizationOf(admin);
            var ann = aUser();
            var ben = aUser();
            var old = membershipRequest(organization, ann, t(1));
            var recent = membershipRequest(organization, ben, t(2));
            var invitation = invitationByEmail(organization, admin, "x@example.org", t(3));
            run(() -> {
                out.requests().request(old);
                out.requests().request(recent);
                out.requests().invite(invitation);
            });
            run(() -> out.requests().refuseRequest(refused(old, admin)));

            var all = out.requests().list(organization.id(), Optional.empty(), Optional.empty(), new PageRequest(1, 2),
                    t(100));
            assertThat(all.items()).extracting(MembershipRequest::id).containsExactly(invitation.id(), recent.id());
            assertThat(all.total()).isEqualTo(3);
            assertThat(all.hasNext()).isTrue();

            assertThat(out.requests().list(organization.id(), Optional.of(ann.id()), Optional.empty(),
                    PageRequest.firstPage(), t(100)).items()).extracting(MembershipRequest::id).containsExactly(old.id());
            assertThat(out.requests().list(organization.id(), Optional.empty(), Optional.of(RequestStatus.PENDING),
                    PageRequest.firstPage(), t(100)).total()).isEqualTo(2);
            assertThat(out.requests().list(organization.id(), Optional.of(ann.id()),
                    Optional.of(RequestStatus.PENDING), PageRequest.firstPage(), t(100)).items()).isEmpty();
        }

        @Test
        protected void lists_the_pending_invitations_of_a_user_by_id_and_by_email() {
            var admin = aUser();
            var first = organizationOf(admin);
            var second = organizationOf(admin);
            var third = organizationOf(admin);
            var invitee = user(TestUsers.aUser().email("me@example.org"));
            var byId = invitation(first, admin, new Invitee.Known(invitee.id()), MemberRole.EDITOR, Set.of(), t(1));
            var byEmail = invitationByEmail(second, admin, "me@example.org", t(2));
            var ownRequest = membershipRequest(third, invitee, t(3));
            var handled = invitation(third, admin, new Invitee.Known(invitee.id()), MemberRole.EDITOR, Set.of(), t(4));
            run(() -> {
                out.requests().invite(byId);
                out.requests().invite(byEmail);
                out.requests().request(ownRequest);
            });
            run(() -> out.requests().invite(handled));
            run(() -> out.requests().cancelInvitation(canceled(handled, admin)));

            assertThat(out.requests().pendingInvitationsFor(invitee.id(), Optional.of(new EmailAddress("me@example.org"))))
                    .extracting(MembershipRequest::id).containsExactly(byId.id(), byEmail.id());
            assertThat(out.requests().pendingInvitationsFor(invitee.id(), Optional.empty()))
                    .extracting(MembershipRequest::id).containsExactly(byId.id());
        }
    }

    @Nested
    protected class Handling {
        @Test
        void accepting_an_invitation_writes_the_request_the_member_and_the_assignments_together() {
            var admin = aUser();
            var organization = organizationOf(admin);
            var invitee = aUser();
            var ds = subject(organization, "ds-1");
            var invitation = invitation(organization, admin, new Invitee.Known(invitee.id()), MemberRole.PARTIAL_EDITOR,
                    Set.of(ds), t(1));
            run(() -> out.requests().invite(invitation));
            var accepted = accepted(invitation, invitee, t(2));
            var member = new Member(organization.id(), invitee.id(), MemberRole.PARTIAL_EDITOR, t(2));

            run(() -> out.requests().acceptInvitation(new Acceptance(accepted, member,
                    List.of(new Assignment(organization.id(), invitee.id(), ds, t(2))))));

            assertThat(out.requests().find(invitation.id())).contains(accepted);
            assertThat(out.members().find(organization.id(), invitee.id())).contains(member);
            assertThat(out.assignments().of(organization.id(), invitee.id())).extracting(Assignment::subject)
                    .containsExactly(ds);
        }

        @Test
        void accepting_a_request_writes_the_request_and_the_member() {
            var admin = aUser();
            var organization = organizationOf(admin);
            var applicant = aUser();
            var request = membershipRequest(organization, applicant, t(1));
            run(() -> out.requests().request(request));
            var member = new Member(organization.id(), applicant.id(), MemberRole.EDITOR, t(2));

            run(() -> out.requests().acceptRequest(new Acceptance(accepted(request, admin, t(2)), member, List.of())));

            assertThat(out.requests().find(request.id())).get().extracting(MembershipRequest::status)
                    .isEqualTo(RequestStatus.ACCEPTED);
            assertThat(out.members().find(organization.id(), applicant.id())).contains(member);
        }

        @Test
        protected void a_request_is_handled_at_most_once() {
            var admin = aUser();
            var organization = organizationOf(admin);
            var applicant = aUser();
            var request = membershipRequest(organization, applicant, t(1));
            run(() -> out.requests().request(request));
            run(() -> out.requests().refuseRequest(refused(request, admin)));
            var member = new Member(organization.id(), applicant.id(), MemberRole.EDITOR, t(3));

            assertThatThrownBy(() -> run(() -> out.requests().acceptRequest(
                    new Acceptance(accepted(request, admin, t(3)), member, List.of())))).isInstanceOf(Conflict.class);
            assertThat(out.members().find(organization.id(), applicant.id())).isEmpty();
            assertThat(out.requests().find(request.id())).get().extracting(MembershipRequest::status)
                    .isEqualTo(RequestStatus.REFUSED);
        }

        @Test
        void refusals_and_cancellations_are_kept() {
            var admin = aUser();
            var organization = organizationOf(admin);
            var invitee = aUser();
            var refusedInvitation = invitation(organization, admin, new Invitee.Known(invitee.id()), MemberRole.EDITOR,
                    Set.of(), t(1));
            var canceledInvitation = invitationByEmail(organization, admin, "c@example.org", t(1));
            run(() -> {
                out.requests().invite(refusedInvitation);
                out.requests().invite(canceledInvitation);
            });

            var refused = refused(refusedInvitation, invitee);
            var canceled = canceled(canceledInvitation, admin);
            run(() -> out.requests().refuseInvitation(refused));
            run(() -> out.requests().cancelInvitation(canceled));

            assertThat(out.requests().find(refused.id())).contains(refused);
            assertThat(out.requests().find(canceled.id())).contains(canceled);
        }
    }

}
