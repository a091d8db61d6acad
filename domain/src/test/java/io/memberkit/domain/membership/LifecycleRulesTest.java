package io.memberkit.domain.membership;

import static io.memberkit.domain.testing.DomainAssertions.assertBreaks;
import static io.memberkit.domain.testing.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.memberkit.domain.common.EmailDomain;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.Rule;
import io.memberkit.domain.testing.TestClock;
import io.memberkit.domain.testing.TestMembershipRequests;
import io.memberkit.domain.testing.TestUsers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LifecycleRulesTest {
    private static final Instant START = TestClock.START;
    private static final OrganizationId ORG = new OrganizationId("org");
    private static final UserId ADMIN = new UserId("admin");

    @Nested
    class Expired_is_computed_never_stored {
        private final MembershipRequest invitation = TestMembershipRequests.anInvitation().build(); // a week

        @Test
        void a_pending_invitation_is_seen_expired_from_its_expiry_on() {
            var expiry = invitation.expiresAt();

            assertThat(invitation.seenAt(expiry.minusMillis(1)).status()).isEqualTo(RequestStatus.PENDING);
            assertThat(invitation.seenAt(expiry).status()).isEqualTo(RequestStatus.EXPIRED);
            assertThat(invitation.seenAt(expiry).storedStatus()).isEqualTo(RequestStatus.PENDING);
            assertThat(invitation.seenAt(expiry).isOpen()).isTrue();
        }

        @Test
        void a_request_or_a_handled_invitation_never_expires() {
            var request = TestMembershipRequests.aMembershipRequest().build();
            var canceled = TestMembershipRequests.anInvitation().status(RequestStatus.CANCELED).build();
            var later = START.plus(Duration.ofDays(365));

            assertThat(request.seenAt(later).status()).isEqualTo(RequestStatus.PENDING);
            assertThat(canceled.seenAt(later).status()).isEqualTo(RequestStatus.CANCELED);
        }
    }

    @Nested
    class An_invitation_delay_is_bounded {
        @Test
        void the_default_applies_unless_asked_and_up_to_the_maximum() {
            assertThat(Memberships.invitationTtl(Optional.empty(), Duration.ofDays(7), Duration.ofDays(30)))
                    .isEqualTo(Duration.ofDays(7));
            assertThat(Memberships.invitationTtl(Optional.of(Duration.ofDays(30)), Duration.ofDays(7),
                    Duration.ofDays(30))).isEqualTo(Duration.ofDays(30));
        }

        @Test
        void beyond_the_maximum_or_not_positive_is_refused_on_expires_in() {
            assertInvalid("expires_in", () -> Memberships.invitationTtl(Optional.of(Duration.ofDays(31)),
                    Duration.ofDays(7), Duration.ofDays(30)));
            assertInvalid("expires_in", () -> Memberships.invitationTtl(Optional.of(Duration.ofSeconds(-1)),
                    Duration.ofDays(7), Duration.ofDays(30)));
        }
    }

    @Nested
    class The_invitation_budget {
        @Test
        void room_is_left_until_the_limit() {
            var budget = new InvitationBudget(ORG, 50, Duration.ofHours(24), 49, Optional.of(START));

            assertThat(budget.remaining()).isEqualTo(1);
            budget.requireRoomFor(1);
        }

        @Test
        void past_the_limit_the_refusal_names_when_the_oldest_leaves_the_window() {
            var budget = new InvitationBudget(ORG, 50, Duration.ofHours(24), 50, Optional.of(START));

            var refused = assertBreaks(Rule.INVITATION_RATE_LIMIT, () -> budget.requireRoomFor(1));

            assertThat(budget.nextPossibleAt()).contains(START.plus(Duration.ofHours(24)));
            assertThat(refused.getMessage()).contains(START.plus(Duration.ofHours(24)).toString());
        }
    }

    @Nested
    class Resending_and_replacing {
        private final MembershipRequest invitation = TestMembershipRequests.anInvitation().build();

        @Test
        void resending_renews_the_expiry_of_an_expired_invitation() {
            var later = START.plus(Duration.ofDays(10));

            var change = Memberships.resend(invitation, ADMIN, Duration.ofDays(7), later);

            assertThat(change.state().expiresAt()).isEqualTo(later.plus(Duration.ofDays(7)));
            assertThat(change.state().isExpired(later)).isFalse();
        }

        @Test
        void a_handled_invitation_or_a_request_is_not_resent() {
            assertBreaks(Rule.NOT_PENDING, () -> Memberships.resend(TestMembershipRequests.anInvitation()
                    .status(RequestStatus.ACCEPTED).build(), ADMIN, Duration.ofDays(7), START));
            assertBreaks(Rule.NOT_AN_INVITATION, () -> Memberships.resend(TestMembershipRequests.aMembershipRequest()
                    .build(), ADMIN, Duration.ofDays(7), START));
        }

        @Test
        void only_an_expired_invitation_is_replaced() {
            var replacement = new MembershipRequestId("next");

            assertThat(Memberships.replaceExpired(invitation, ADMIN, replacement, START.plus(Duration.ofDays(8)))
                    .state().status()).isEqualTo(RequestStatus.CANCELED);
            assertBreaks(Rule.PENDING_REQUEST_EXISTS,
                    () -> Memberships.replaceExpired(invitation, ADMIN, replacement, START.plus(Duration.ofDays(1))));
        }
    }

    @Nested
    class Joining_at_once {
        private final EmailDomain domain = new EmailDomain("agglo.example.org");
        private final JoinPolicy verified = new JoinPolicy(List.of(new DeclaredDomain(domain, START, START)),
                MemberRole.EDITOR);

        @Test
        void a_verified_address_on_a_verified_domain_joins_with_the_default_role() {
            var applicant = TestUsers.aUser().email("jo@agglo.example.org").build();
            var request = TestMembershipRequests.aMembershipRequest().forUser(applicant).build();

            var change = Joining.acceptAtOnce(request, applicant, verified, START).orElseThrow();

            assertThat(change.state().member().role()).isEqualTo(MemberRole.EDITOR);
            assertThat(change.events()).singleElement().isInstanceOf(MembershipEvent.MembershipRequestAutoAccepted.class);
        }

        @Test
        void an_unverified_address_or_domain_waits() {
            var unverified = TestUsers.aUser().email("jo@agglo.example.org").emailUnverified().build();
            var applicant = TestUsers.aUser().email("al@agglo.example.org").build();
            var declaredOnly = new JoinPolicy(List.of(new DeclaredDomain(domain, START, null)), MemberRole.EDITOR);

            assertThat(Joining.acceptAtOnce(TestMembershipRequests.aMembershipRequest().forUser(unverified).build(),
                    unverified, verified, START)).isEmpty();
            assertThat(Joining.acceptAtOnce(TestMembershipRequests.aMembershipRequest().forUser(applicant).build(),
                    applicant, declaredOnly, START)).isEmpty();
        }

        @Test
        void admin_is_never_a_join_role() {
            assertInvalid("default_join_role", () -> new JoinPolicy(List.of(), MemberRole.ADMIN));
        }
    }
}
