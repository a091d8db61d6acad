package io.memberkit.bootstrap.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.application.contract.MembershipRequestRepositoryContract;
import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.error.Rule;
import io.memberkit.domain.error.RuleBroken;
import io.memberkit.domain.membership.Acceptance;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.MembershipRequest;
import io.memberkit.domain.membership.RequestStatus;
import io.memberkit.domain.testing.TestUsers;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The membership request contract through the uData adapter against {@code memberkit serve} (see
 * {@link RoundTripPorts} for which ports go over HTTP and why). Two tests are uData's own version of the rule.
 */
class RoundTripMembershipRequestRepositoryContractTest extends MembershipRequestRepositoryContract {
    @RegisterExtension
    static final RoundTrip SERVER = new RoundTrip();

    @Override
    protected OutboundPorts ports() {
        return SERVER.emptyPorts();
    }

    @Nested
    class Listing extends MembershipRequestRepositoryContract.Listing {
        /**
         * uData lists the key owner's pending invitations by account and by email alike: the email cannot be left
         * out. And the server refuses to invite someone whose own request is pending there (PENDING_REQUEST_EXISTS),
         * so the invitation that gets canceled is in an organization of its own.
         */
        @Override
        @Test
        protected void lists_the_pending_invitations_of_a_user_by_id_and_by_email() {
            var admin = aUser();
            var first = organizationOf(admin);
            var second = organizationOf(admin);
            var third = organizationOf(admin);
            var fourth = organizationOf(admin);
            var invitee = user(TestUsers.aUser().email("me@example.org"));
            var byId = invitation(first, admin, new Invitee.Known(invitee.id()), MemberRole.EDITOR, Set.of(), t(1));
            var byEmail = invitationByEmail(second, admin, "me@example.org", t(2));
            var ownRequest = membershipRequest(third, invitee, t(3));
            var handled = invitation(fourth, admin, new Invitee.Known(invitee.id()), MemberRole.EDITOR, Set.of(),
                    t(4));
            run(() -> {
                out.requests().invite(byId);
                out.requests().invite(byEmail);
                out.requests().request(ownRequest);
                out.requests().invite(handled);
            });
            run(() -> out.requests().cancelInvitation(canceled(handled, admin)));

            var email = Optional.of(new EmailAddress("me@example.org"));
            assertThat(out.requests().pendingInvitationsFor(invitee.id(), email))
                    .extracting(MembershipRequest::id).containsExactly(byId.id(), byEmail.id());
            assertThat(out.requests().pendingInvitationsFor(invitee.id(), Optional.empty()))
                    .extracting(MembershipRequest::id).containsExactly(byId.id(), byEmail.id());
            var whileApplying = invitation(third, admin, new Invitee.Known(invitee.id()), MemberRole.EDITOR, Set.of(),
                    t(5));
            assertThatThrownBy(() -> run(() -> out.requests().invite(whileApplying)))
                    .isInstanceOfSatisfying(RuleBroken.class,
                            r -> assertThat(r.rule()).isEqualTo(Rule.PENDING_REQUEST_EXISTS));
        }
    }

    @Nested
    class Handling extends MembershipRequestRepositoryContract.Handling {
        /** Over uData the server answers a request as a use case: a second answer is refused by its rule, NOT_PENDING. */
        @Override
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
                    new Acceptance(accepted(request, admin, t(3)), member, List.of()))))
                    .isInstanceOfSatisfying(RuleBroken.class, r -> assertThat(r.rule()).isEqualTo(Rule.NOT_PENDING));
            assertThat(out.members().find(organization.id(), applicant.id())).isEmpty();
            assertThat(out.requests().find(request.id())).get().extracting(MembershipRequest::status)
                    .isEqualTo(RequestStatus.REFUSED);
        }
    }
}
