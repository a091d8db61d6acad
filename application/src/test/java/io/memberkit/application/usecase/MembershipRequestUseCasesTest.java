package io.memberkit.application.usecase;

import static io.memberkit.application.fake.World.as;
import static io.memberkit.application.usecase.Refusals.assertInvalidInput;
import static io.memberkit.application.usecase.Refusals.assertRuleBroken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.application.fake.World;
import io.memberkit.application.port.in.member.InviteMember;
import io.memberkit.application.port.in.member.InviteMemberUseCase;
import io.memberkit.application.port.in.member.ListMembers;
import io.memberkit.application.port.in.member.ListMembersUseCase;
import io.memberkit.application.port.in.request.AcceptMembershipRequest;
import io.memberkit.application.port.in.request.AcceptMembershipRequestUseCase;
import io.memberkit.application.port.in.request.ListMembershipRequests;
import io.memberkit.application.port.in.request.ListMembershipRequestsUseCase;
import io.memberkit.application.port.in.request.RefuseMembershipRequest;
import io.memberkit.application.port.in.request.RefuseMembershipRequestUseCase;
import io.memberkit.application.port.in.request.RequestMembership;
import io.memberkit.application.port.in.request.RequestMembershipUseCase;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.Conflict;
import io.memberkit.domain.error.Forbidden;
import io.memberkit.domain.error.NotFound;
import io.memberkit.domain.error.Rule;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.MembershipRequest;
import io.memberkit.domain.membership.MembershipRequestId;
import io.memberkit.domain.membership.RequestKind;
import io.memberkit.domain.membership.RequestStatus;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.user.User;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MembershipRequestUseCasesTest {
    private final World world = new World();
    private final RequestMembershipUseCase requestMembership = world.requests;
    private final ListMembershipRequestsUseCase listRequests = world.requests;
    private final AcceptMembershipRequestUseCase acceptRequest = world.requests;
    private final RefuseMembershipRequestUseCase refuseRequest = world.requests;
    private final ListMembersUseCase listMembers = world.members;
    private final InviteMemberUseCase invite = world.members;

    private final User admin = world.aUser();
    private final Organization organization = world.organizationOf(admin);
    private final User applicant = world.aUser();

    private RequestMembership asking(String comment) {
        return new RequestMembership(as(applicant), organization.id(), comment);
    }

    private AcceptMembershipRequest accepting(User actor, MembershipRequest request) {
        return new AcceptMembershipRequest(as(actor), organization.id(), request.id());
    }

    private RefuseMembershipRequest refusing(User actor, MembershipRequest request, String comment) {
        return new RefuseMembershipRequest(as(actor), organization.id(), request.id(), comment);
    }

    private List<MembershipRequest> listed(Actor actor, Optional<UserId> user, Optional<RequestStatus> status) {
        return listRequests.list(new ListMembershipRequests(actor, organization.id(), user, status, null)).items();
    }

    private Optional<MemberRole> roleOf(User user) {
        return listMembers.list(new ListMembers(as(admin), organization.id(), Optional.empty(), null)).items()
                .stream().filter(m -> m.user().id().equals(user.id())).map(m -> m.member().role()).findFirst();
    }

    private User editor() {
        var editor = world.aUser();
        world.member(organization, admin, editor, MemberRole.EDITOR);
        return editor;
    }

    @Nested
    class AskingToJoinTakesAComment {
        @Test
        void a_request_with_a_comment_is_created_pending() {
            var outcome = requestMembership.request(asking("a comment"));

            assertThat(outcome.created()).isTrue();
            assertThat(outcome.request().kind()).isEqualTo(RequestKind.REQUEST);
            assertThat(outcome.request().status()).isEqualTo(RequestStatus.PENDING);
            assertThat(outcome.request().comment()).isEqualTo("a comment");
            assertThat(outcome.request().handledBy()).isNull();
            assertThat(outcome.request().handledOn()).isNull();
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   "})
        void a_request_without_a_comment_is_refused_on_the_comment_field(String comment) {
            assertInvalidInput("comment", () -> requestMembership.request(asking(comment)));
            assertThat(listed(as(admin), Optional.empty(), Optional.empty())).isEmpty();
        }
    }

    @Nested
    class AskingAgainWhilePendingUpdatesTheRequest {
        @Test
        void the_pending_request_gets_the_new_comment_and_keeps_its_id() {
            var first = requestMembership.request(asking("first")).request();

            var again = requestMembership.request(asking("second"));

            assertThat(again.created()).isFalse();
            assertThat(again.request().id()).isEqualTo(first.id());
            assertThat(again.request().comment()).isEqualTo("second");
            assertThat(listed(as(admin), Optional.empty(), Optional.empty())).singleElement()
                    .extracting(MembershipRequest::comment).isEqualTo("second");
        }

        @Test
        void a_member_cannot_ask_to_join() {
            world.member(organization, admin, applicant, MemberRole.EDITOR);

            assertRuleBroken(Rule.ALREADY_MEMBER, () -> requestMembership.request(asking("me again")));
        }

        @Test
        void a_user_with_a_pending_invitation_accepts_it_rather_than_asks() {
            world.invitation(organization, admin, applicant, MemberRole.EDITOR);

            assertRuleBroken(Rule.PENDING_REQUEST_EXISTS, () -> requestMembership.request(asking("let me in")));
        }
    }

    @Nested
    class OnlyAnAdminHandlesRequests {
        private final MembershipRequest request = world.membershipRequest(organization, applicant);

        @Test
        void an_admin_accepts_and_the_applicant_becomes_an_editor() {
            var member = acceptRequest.accept(accepting(admin, request));

            assertThat(member.role()).isEqualTo(MemberRole.EDITOR);
            assertThat(roleOf(applicant)).contains(MemberRole.EDITOR);
            assertThat(listed(as(admin), Optional.empty(), Optional.empty())).singleElement().satisfies(r -> {
                assertThat(r.status()).isEqualTo(RequestStatus.ACCEPTED);
                assertThat(r.handledBy()).isEqualTo(admin.id());
            });
        }

        @Test
        void an_editor_may_neither_accept_nor_refuse() {
            var editor = editor();

            assertThatThrownBy(() -> acceptRequest.accept(accepting(editor, request))).isInstanceOf(Forbidden.class);
            assertThatThrownBy(() -> refuseRequest.refuse(refusing(editor, request, "no")))
                    .isInstanceOf(Forbidden.class);
            assertThat(roleOf(applicant)).isEmpty();
        }

        @Test
        void an_unknown_request_is_not_found() {
            assertThatThrownBy(() -> acceptRequest.accept(new AcceptMembershipRequest(as(admin), organization.id(),
                    new MembershipRequestId("nope")))).isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> refuseRequest.refuse(new RefuseMembershipRequest(as(admin), organization.id(),
                    new MembershipRequestId("nope"), "no"))).isInstanceOf(NotFound.class);
        }
    }

    @Nested
    class RefusingTakesAComment {
        private final MembershipRequest request = world.membershipRequest(organization, applicant);

        @Test
        void an_admin_refuses_with_a_comment() {
            var refused = refuseRequest.refuse(refusing(admin, request, "no"));

            assertThat(refused.status()).isEqualTo(RequestStatus.REFUSED);
            assertThat(refused.refusalComment()).isEqualTo("no");
            assertThat(roleOf(applicant)).isEmpty();
        }

        @Test
        void a_refusal_without_a_comment_is_refused_and_the_request_stays_pending() {
            assertInvalidInput("comment", () -> refuseRequest.refuse(refusing(admin, request, null)));
            assertInvalidInput("comment", () -> refuseRequest.refuse(refusing(admin, request, " ")));
            assertThat(listed(as(admin), Optional.empty(), Optional.empty())).singleElement()
                    .extracting(MembershipRequest::status).isEqualTo(RequestStatus.PENDING);
        }
    }

    @Nested
    class ARequestIsHandledOnce {
        private final MembershipRequest request = world.membershipRequest(organization, applicant);

        @Test
        void accepting_twice_is_a_conflict() {
            acceptRequest.accept(accepting(admin, request));

            assertThatThrownBy(() -> acceptRequest.accept(accepting(admin, request))).isInstanceOf(Conflict.class);
        }

        @Test
        void refusing_an_accepted_request_is_refused() {
            acceptRequest.accept(accepting(admin, request));

            assertRuleBroken(Rule.NOT_PENDING, () -> refuseRequest.refuse(refusing(admin, request, "too late")));
            assertThat(roleOf(applicant)).contains(MemberRole.EDITOR);
        }

        @Test
        void accepting_a_refused_request_is_refused() {
            refuseRequest.refuse(refusing(admin, request, "no"));

            assertRuleBroken(Rule.NOT_PENDING, () -> acceptRequest.accept(accepting(admin, request)));
            assertThat(roleOf(applicant)).isEmpty();
        }
    }

    @Nested
    class InvitationsAreNotHandledAsRequests {
        @Test
        void a_membership_request_is_handled_through_the_request_path() {
            var request = world.membershipRequest(organization, applicant);

            assertThat(acceptRequest.accept(accepting(admin, request)).role()).isEqualTo(MemberRole.EDITOR);
        }

        @Test
        void an_invitation_can_be_neither_accepted_nor_refused_there_and_stays_pending() {
            var invitation = world.invitation(organization, admin, applicant, MemberRole.EDITOR);

            assertRuleBroken(Rule.INVITATION_NOT_A_REQUEST, () -> acceptRequest.accept(accepting(admin, invitation)));
            assertRuleBroken(Rule.INVITATION_NOT_A_REQUEST,
                    () -> refuseRequest.refuse(refusing(admin, invitation, "no")));
            assertThat(listed(as(admin), Optional.empty(), Optional.empty())).singleElement()
                    .extracting(MembershipRequest::status).isEqualTo(RequestStatus.PENDING);
        }
    }

    @Nested
    class ListingRequests {
        private final MembershipRequest own = world.membershipRequest(organization, applicant);
        private final MembershipRequest other = world.membershipRequest(organization, world.aUser());

        @Test
        void admins_and_editors_see_every_request() {
            var editor = editor();   // joined through an invitation, which is listed too

            assertThat(listed(as(admin), Optional.empty(), Optional.empty())).extracting(MembershipRequest::id)
                    .contains(own.id(), other.id()).hasSize(3);
            assertThat(listed(as(editor), Optional.empty(), Optional.empty()))
                    .isEqualTo(listed(as(admin), Optional.empty(), Optional.empty()));
        }

        @Test
        void an_applicant_sees_their_own_requests_when_filtering_on_themselves() {
            assertThat(listed(as(applicant), Optional.of(applicant.id()), Optional.empty()))
                    .extracting(MembershipRequest::id).containsExactly(own.id());
        }

        @Test
        void anyone_else_is_forbidden() {
            var outsider = world.aUser();
            var partial = world.aUser();
            world.member(organization, admin, partial, MemberRole.PARTIAL_EDITOR);

            assertThatThrownBy(() -> listed(as(applicant), Optional.empty(), Optional.empty()))
                    .isInstanceOf(Forbidden.class);
            assertThatThrownBy(() -> listed(as(outsider), Optional.of(applicant.id()), Optional.empty()))
                    .isInstanceOf(Forbidden.class);
            assertThatThrownBy(() -> listed(as(partial), Optional.empty(), Optional.empty()))
                    .isInstanceOf(Forbidden.class);
            assertThatThrownBy(() -> listed(Actor.anonymous(), Optional.of(applicant.id()), Optional.empty()))
                    .isInstanceOf(Forbidden.class);
        }

        @Test
        void the_status_filter_keeps_requests_in_that_status() {
            acceptRequest.accept(accepting(admin, other));

            assertThat(listed(as(applicant), Optional.of(applicant.id()), Optional.of(RequestStatus.PENDING)))
                    .hasSize(1);
            assertThat(listed(as(applicant), Optional.of(applicant.id()), Optional.of(RequestStatus.ACCEPTED)))
                    .isEmpty();
            assertThat(listed(as(applicant), Optional.of(applicant.id()), Optional.of(RequestStatus.REFUSED)))
                    .isEmpty();
            assertThat(listed(as(admin), Optional.empty(), Optional.of(RequestStatus.ACCEPTED)))
                    .extracting(MembershipRequest::id).containsExactly(other.id());
        }

        @Test
        void the_user_filter_skips_email_invitations() {
            invite.invite(new InviteMember(as(admin), organization.id(),
                    new Invitee.ByEmail(new EmailAddress("someone@example.com")), MemberRole.EDITOR, null, null));

            assertThat(listed(as(applicant), Optional.of(applicant.id()), Optional.of(RequestStatus.PENDING)))
                    .extracting(MembershipRequest::id).containsExactly(own.id());
            assertThat(listed(as(admin), Optional.empty(), Optional.empty())).hasSize(3);
        }
    }
}
