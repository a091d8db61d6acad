package io.memberkit.application.usecase;

import static io.memberkit.application.fake.World.as;
import static io.memberkit.application.usecase.Refusals.assertInvalidInput;
import static io.memberkit.application.usecase.Refusals.assertRuleBroken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.memberkit.application.fake.World;
import io.memberkit.application.port.in.me.AcceptInvitation;
import io.memberkit.application.port.in.me.AcceptInvitationUseCase;
import io.memberkit.application.port.in.me.ListMyInvitations;
import io.memberkit.application.port.in.me.ListMyInvitationsUseCase;
import io.memberkit.application.port.in.me.RefuseInvitation;
import io.memberkit.application.port.in.me.RefuseInvitationUseCase;
import io.memberkit.application.port.in.member.InviteMember;
import io.memberkit.application.port.in.member.InviteMemberUseCase;
import io.memberkit.application.port.in.request.CancelInvitation;
import io.memberkit.application.port.in.request.CancelInvitationUseCase;
import io.memberkit.application.port.in.request.ListMembershipRequests;
import io.memberkit.application.port.in.request.ListMembershipRequestsUseCase;
import io.memberkit.application.port.in.request.RequestMembership;
import io.memberkit.application.port.in.request.RequestMembershipUseCase;
import io.memberkit.application.port.in.request.ResendInvitation;
import io.memberkit.application.port.in.request.ResendInvitationUseCase;
import io.memberkit.application.port.in.user.MarkEmailVerified;
import io.memberkit.application.port.in.user.MarkEmailVerifiedUseCase;
import io.memberkit.application.port.in.user.RegisterUser;
import io.memberkit.application.port.in.user.RegisterUserUseCase;
import io.memberkit.application.service.MembershipSettings;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.error.Forbidden;
import io.memberkit.domain.error.Rule;
import io.memberkit.domain.error.RuleBroken;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.MembershipEvent;
import io.memberkit.domain.membership.MembershipRequest;
import io.memberkit.domain.membership.RequestKind;
import io.memberkit.domain.membership.RequestStatus;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.testing.TestClock;
import io.memberkit.domain.testing.TestUsers;
import io.memberkit.domain.user.User;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Invitations beyond the anchors: their own delay, expiry in every list, resending, replacing, the rate limit. */
class InvitationLifecycleUseCasesTest {
    private final World world = new World();
    private final InviteMemberUseCase invite = world.members;
    private final AcceptInvitationUseCase accept = world.requests;
    private final RefuseInvitationUseCase refuse = world.requests;
    private final CancelInvitationUseCase cancel = world.requests;
    private final ResendInvitationUseCase resend = world.requests;
    private final RequestMembershipUseCase requestMembership = world.requests;
    private final ListMembershipRequestsUseCase listRequests = world.requests;
    private final ListMyInvitationsUseCase myInvitations = world.me;
    private final RegisterUserUseCase register = world.users;
    private final MarkEmailVerifiedUseCase markVerified = world.users;

    private final User admin = world.aUser();
    private final Organization organization = world.organizationOf(admin);
    private final User invitee = world.aUser();

    private InviteMember inviting(Invitee who, Optional<Duration> expiresIn) {
        return new InviteMember(as(admin), organization.id(), who, MemberRole.EDITOR, Set.of(), null, expiresIn);
    }

    private InviteMember inviting(User user) {
        return inviting(new Invitee.Known(user.id()), Optional.empty());
    }

    private static Invitee byEmail(String address) {
        return new Invitee.ByEmail(new EmailAddress(address));
    }

    private List<MembershipRequest> listed(Optional<RequestStatus> status) {
        return listRequests.list(new ListMembershipRequests(as(admin), organization.id(), Optional.empty(), status,
                null)).items();
    }

    @Nested
    class EachInvitationHasItsOwnDelayUpToAMaximum {
        @Test
        void an_invitation_may_ask_for_up_to_thirty_days() {
            var invitation = invite.invite(inviting(new Invitee.Known(invitee.id()), Optional.of(Duration.ofDays(30))));

            assertThat(invitation.expiresAt()).isEqualTo(TestClock.START.plus(Duration.ofDays(30)));
            world.clock.advance(Duration.ofDays(29));
            accept.accept(new AcceptInvitation(as(invitee), invitation.id()));
        }

        @Test
        void without_a_delay_it_runs_for_the_configured_week() {
            var invitation = invite.invite(inviting(invitee));

            assertThat(invitation.expiresAt()).isEqualTo(TestClock.START.plus(Duration.ofDays(7)));
        }

        @Test
        void beyond_the_maximum_it_is_refused_on_expires_in() {
            assertInvalidInput("expires_in", () -> invite.invite(inviting(new Invitee.Known(invitee.id()),
                    Optional.of(Duration.ofDays(30).plusSeconds(1)))));
            assertInvalidInput("expires_in", () -> invite.invite(inviting(new Invitee.Known(invitee.id()),
                    Optional.of(Duration.ZERO))));
        }

        @Test
        void the_maximum_is_the_one_the_platform_configured() {
            var configured = new World(MembershipSettings.DEFAULTS.withMaxInvitationTtl(Duration.ofDays(10)));
            var boss = configured.aUser();
            var org = configured.organizationOf(boss);
            var guest = configured.aUser();

            assertInvalidInput("expires_in", () -> configured.members.invite(new InviteMember(as(boss), org.id(),
                    new Invitee.Known(guest.id()), MemberRole.EDITOR, Set.of(), null, Optional.of(Duration.ofDays(11)))));
            assertThat(configured.members.invite(new InviteMember(as(boss), org.id(), new Invitee.Known(guest.id()),
                    MemberRole.EDITOR, Set.of(), null, Optional.of(Duration.ofDays(10)))).isPending()).isTrue();
        }
    }

    @Nested
    class AnExpiredInvitationShowsExpiredInEveryList {
        private final MembershipRequest invitation = invite.invite(inviting(invitee));

        @Test
        void before_its_expiry_it_is_listed_pending() {
            world.clock.advance(Duration.ofDays(7).minusSeconds(1));

            assertThat(listed(Optional.empty())).singleElement().extracting(MembershipRequest::status)
                    .isEqualTo(RequestStatus.PENDING);
            assertThat(listed(Optional.of(RequestStatus.PENDING))).hasSize(1);
            assertThat(listed(Optional.of(RequestStatus.EXPIRED))).isEmpty();
        }

        @Test
        void once_expired_it_is_listed_expired_and_no_longer_pending() {
            world.clock.advance(Duration.ofDays(7));

            assertThat(listed(Optional.empty())).singleElement().extracting(MembershipRequest::status)
                    .isEqualTo(RequestStatus.EXPIRED);
            assertThat(listed(Optional.of(RequestStatus.EXPIRED))).extracting(MembershipRequest::id)
                    .containsExactly(invitation.id());
            assertThat(listed(Optional.of(RequestStatus.PENDING))).isEmpty();
            assertThat(myInvitations.list(new ListMyInvitations(as(invitee)))).singleElement()
                    .extracting(MembershipRequest::status).isEqualTo(RequestStatus.EXPIRED);
        }

        @Test
        void once_expired_it_can_neither_be_accepted_nor_refused() {
            world.clock.advance(Duration.ofDays(8));

            assertRuleBroken(Rule.INVITATION_EXPIRED,
                    () -> accept.accept(new AcceptInvitation(as(invitee), invitation.id())));
            assertRuleBroken(Rule.INVITATION_EXPIRED,
                    () -> refuse.refuse(new RefuseInvitation(as(invitee), invitation.id())));
        }

        @Test
        void a_handled_invitation_is_never_shown_expired() {
            cancel.cancel(new CancelInvitation(as(admin), organization.id(), invitation.id()));
            world.clock.advance(Duration.ofDays(30));

            assertThat(listed(Optional.empty())).singleElement().extracting(MembershipRequest::status)
                    .isEqualTo(RequestStatus.CANCELED);
        }
    }

    @Nested
    class AnAdminResendsAPendingOrExpiredInvitation {
        private final MembershipRequest invitation = invite.invite(inviting(invitee));

        @Test
        void resending_an_expired_invitation_renews_its_delay_so_it_can_be_accepted() {
            world.clock.advance(Duration.ofDays(10));

            var resent = resend.resend(new ResendInvitation(as(admin), organization.id(), invitation.id()));

            assertThat(resent.expiresAt()).isEqualTo(world.clock.instant().plus(Duration.ofDays(7)));
            assertThat(listed(Optional.of(RequestStatus.PENDING))).extracting(MembershipRequest::id)
                    .containsExactly(invitation.id());
            assertThat(accept.accept(new AcceptInvitation(as(invitee), invitation.id())).role())
                    .isEqualTo(MemberRole.EDITOR);
        }

        @Test
        void resending_a_pending_invitation_may_ask_for_its_own_delay_and_is_recorded() {
            world.clock.advance(Duration.ofDays(1));

            var resent = resend.resend(new ResendInvitation(as(admin), organization.id(), invitation.id(),
                    Optional.of(Duration.ofDays(20))));

            assertThat(resent.expiresAt()).isEqualTo(world.clock.instant().plus(Duration.ofDays(20)));
            assertThat(world.store.events()).last().isInstanceOf(MembershipEvent.InvitationResent.class);
            assertInvalidInput("expires_in", () -> resend.resend(new ResendInvitation(as(admin), organization.id(),
                    invitation.id(), Optional.of(Duration.ofDays(31)))));
        }

        @Test
        void only_admins_resend() {
            var editor = world.aUser();
            world.member(organization, admin, editor, MemberRole.EDITOR);

            assertThatThrownBy(() -> resend.resend(new ResendInvitation(as(editor), organization.id(),
                    invitation.id()))).isInstanceOf(Forbidden.class);
        }

        @Test
        void a_handled_invitation_is_not_resent() {
            refuse.refuse(new RefuseInvitation(as(invitee), invitation.id()));

            assertRuleBroken(Rule.NOT_PENDING,
                    () -> resend.resend(new ResendInvitation(as(admin), organization.id(), invitation.id())));
        }

        @Test
        void a_membership_request_is_not_resent() {
            var request = world.membershipRequest(organization, world.aUser());

            assertRuleBroken(Rule.NOT_AN_INVITATION,
                    () -> resend.resend(new ResendInvitation(as(admin), organization.id(), request.id())));
        }
    }

    @Nested
    class InvitingAgainReplacesAnExpiredInvitation {
        @Test
        void the_expired_invitation_is_closed_and_a_new_pending_one_takes_its_place() {
            var first = invite.invite(inviting(invitee));
            world.clock.advance(Duration.ofDays(8));

            var second = invite.invite(inviting(invitee));

            assertThat(second.isPending()).isTrue();
            assertThat(second.id()).isNotEqualTo(first.id());
            assertThat(listed(Optional.empty())).extracting(MembershipRequest::id, MembershipRequest::status)
                    .containsExactlyInAnyOrder(tuple(second.id(), RequestStatus.PENDING),
                            tuple(first.id(), RequestStatus.CANCELED));
            assertThat(world.store.events()).filteredOn(MembershipEvent.InvitationReplaced.class::isInstance)
                    .singleElement().extracting("invitation", "replacement").containsExactly(first.id(), second.id());
        }

        @Test
        void an_email_invitation_is_replaced_too() {
            invite.invite(inviting(byEmail("late@example.org"), Optional.empty()));
            world.clock.advance(Duration.ofDays(8));

            assertThat(invite.invite(inviting(byEmail("late@example.org"), Optional.empty())).isPending()).isTrue();
            assertThat(listed(Optional.of(RequestStatus.PENDING))).hasSize(1);
        }

        @Test
        void a_pending_invitation_not_yet_expired_still_stands_in_the_way() {
            invite.invite(inviting(invitee));
            world.clock.advance(Duration.ofDays(7).minusSeconds(1));

            assertRuleBroken(Rule.PENDING_REQUEST_EXISTS, () -> invite.invite(inviting(invitee)));
        }
    }

    @Nested
    class AnExpiredInvitationDoesNotBlockTheInviteesOwnRequest {
        @Test
        void after_expiry_the_invitee_may_ask_to_join_and_the_invitation_is_closed() {
            var invitation = invite.invite(inviting(invitee));
            world.clock.advance(Duration.ofDays(8));

            var outcome = requestMembership.request(new RequestMembership(as(invitee), organization.id(), "Still keen"));

            assertThat(outcome.created()).isTrue();
            assertThat(outcome.request().kind()).isEqualTo(RequestKind.REQUEST);
            assertThat(listed(Optional.of(RequestStatus.CANCELED))).extracting(MembershipRequest::id)
                    .containsExactly(invitation.id());
        }

        @Test
        void before_expiry_the_invitation_is_to_be_accepted_instead() {
            invite.invite(inviting(invitee));

            assertRuleBroken(Rule.PENDING_REQUEST_EXISTS, () -> requestMembership.request(
                    new RequestMembership(as(invitee), organization.id(), "Let me in")));
        }
    }

    @Nested
    class AnOrganizationSendsAtMostFiftyInvitationsPerDay {
        private final World limited = new World(MembershipSettings.DEFAULTS.withRateLimit(3, Duration.ofHours(24)));
        private final User boss = limited.aUser();
        private final Organization org = limited.organizationOf(boss);

        private MembershipRequest inviteSomeone() {
            return limited.members.invite(new InviteMember(as(boss), org.id(), new Invitee.Known(limited.aUser().id()),
                    MemberRole.EDITOR, Set.of(), null));
        }

        @Test
        void the_default_is_fifty_per_twenty_four_hours() {
            assertThat(MembershipSettings.DEFAULTS.invitationsPerWindow()).isEqualTo(50);
            assertThat(MembershipSettings.DEFAULTS.invitationWindow()).isEqualTo(Duration.ofHours(24));
            for (int i = 0; i < 50; i++) {
                invite.invite(inviting(world.aUser()));
            }

            assertRuleBroken(Rule.INVITATION_RATE_LIMIT, () -> invite.invite(inviting(world.aUser())));
        }

        @Test
        void past_the_limit_the_refusal_says_when_the_next_invitation_is_possible() {
            inviteSomeone();
            limited.clock.advance(Duration.ofHours(1));
            inviteSomeone();
            inviteSomeone();

            var refused = catchThrowableOfType(RuleBroken.class, this::inviteSomeone);

            assertThat(refused.rule()).isEqualTo(Rule.INVITATION_RATE_LIMIT);
            assertThat(refused.getMessage()).contains(TestClock.START.plus(Duration.ofHours(24)).toString());
        }

        @Test
        void once_the_oldest_invitation_leaves_the_window_one_more_is_possible() {
            inviteSomeone();
            limited.clock.advance(Duration.ofHours(1));
            inviteSomeone();
            inviteSomeone();
            limited.clock.advance(Duration.ofHours(23));

            assertThat(inviteSomeone().isPending()).isTrue();
            assertRuleBroken(Rule.INVITATION_RATE_LIMIT, this::inviteSomeone);
        }

        @Test
        void each_organization_has_its_own_limit_and_resending_is_not_counted() {
            var first = inviteSomeone();
            inviteSomeone();
            inviteSomeone();
            var otherBoss = limited.aUser();
            var other = limited.organizationOf(otherBoss);

            assertThat(limited.members.invite(new InviteMember(as(otherBoss), other.id(),
                    new Invitee.Known(limited.aUser().id()), MemberRole.EDITOR, Set.of(), null)).isPending()).isTrue();
            assertThat(limited.requests.resend(new ResendInvitation(as(boss), org.id(), first.id())).isPending())
                    .isTrue();
        }
    }

    @Nested
    class AnEmailInvitationIsAcceptedOnlyWithTheVerifiedAddress {
        private final MembershipRequest invitation = invite.invite(inviting(byEmail("later@example.org"), Optional.empty()));

        @Test
        void the_owner_of_the_verified_address_accepts_it() {
            var owner = world.user(TestUsers.aUser().email("later@example.org"));

            assertThat(accept.accept(new AcceptInvitation(as(owner), invitation.id())).user()).isEqualTo(owner.id());
        }

        @Test
        void the_holder_of_the_address_not_yet_verified_is_refused() {
            var holder = world.user(TestUsers.aUser().email("later@example.org").emailUnverified());

            assertRuleBroken(Rule.EMAIL_NOT_VERIFIED,
                    () -> accept.accept(new AcceptInvitation(as(holder), invitation.id())));
            assertRuleBroken(Rule.EMAIL_NOT_VERIFIED,
                    () -> refuse.refuse(new RefuseInvitation(as(holder), invitation.id())));
        }

        @Test
        void an_address_verified_later_binds_the_invitation_to_the_account() {
            var holder = world.user(TestUsers.aUser().email("later@example.org").emailUnverified());

            var verified = markVerified.mark(new MarkEmailVerified(as(world.aSiteAdmin()), holder.id()));

            assertThat(verified.emailVerified()).isTrue();
            assertThat(listed(Optional.empty())).singleElement().extracting(MembershipRequest::invitee)
                    .isEqualTo(new Invitee.Known(holder.id()));
            assertThat(accept.accept(new AcceptInvitation(as(holder), invitation.id())).user()).isEqualTo(holder.id());
        }

        @Test
        void registering_with_a_verified_address_binds_it_and_without_one_does_not() {
            var unverified = register.register(new RegisterUser(Actor.anonymous(),
                    TestUsers.aUser().email("later@example.org").profile(), false));

            assertThat(listed(Optional.empty())).singleElement().extracting(MembershipRequest::invitee)
                    .isEqualTo(byEmail("later@example.org"));
            assertThat(unverified.emailVerified()).isFalse();

            var other = invite.invite(inviting(byEmail("other@example.org"), Optional.empty()));
            var verified = register.register(new RegisterUser(Actor.anonymous(),
                    TestUsers.aUser().email("other@example.org").profile()));

            assertThat(verified.emailVerified()).isTrue();
            assertThat(myInvitations.list(new ListMyInvitations(as(verified)))).extracting(MembershipRequest::id,
                    MembershipRequest::invitee).containsExactly(tuple(other.id(),
                    new Invitee.Known(verified.id())));
        }

        @Test
        void only_site_admins_mark_an_address_verified() {
            var holder = world.user(TestUsers.aUser().email("later@example.org").emailUnverified());

            assertThatThrownBy(() -> markVerified.mark(new MarkEmailVerified(as(admin), holder.id())))
                    .isInstanceOf(Forbidden.class);
        }
    }
}
