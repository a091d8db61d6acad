package io.memberkit.adapter.http.udata;

import static io.memberkit.adapter.http.udata.fake.FakeUdata.Reply;
import static io.memberkit.adapter.http.udata.fake.UdataFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.adapter.http.common.ProvisionalIds;
import io.memberkit.adapter.http.udata.fake.UdataFixtures;
import io.memberkit.application.port.out.BackendFailure;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.Conflict;
import io.memberkit.domain.error.InvalidInput;
import io.memberkit.domain.error.NotFound;
import io.memberkit.domain.membership.Acceptance;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.MembershipRequest;
import io.memberkit.domain.membership.MembershipRequestId;
import io.memberkit.domain.membership.RequestKind;
import io.memberkit.domain.membership.RequestStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UdataMembershipRequestRepositoryTest extends UdataTestSupport {
    private static final OrganizationId SIG = new OrganizationId(UdataFixtures.SIG_ID);
    private static final String SIG_PATH = "/organizations/" + UdataFixtures.SIG_ID + "/";
    private static final String THOMAS = "5f1a2b3c4d5e6f7a8b9c0d1e";
    private static final String REQUEST_ID = "0b7c7c1e-2f3a-4a4b-9c1d-111111111111";
    private static final String INVITATION_ID = "0b7c7c1e-2f3a-4a4b-9c1d-222222222222";
    private static final String OLD_ID = "0b7c7c1e-2f3a-4a4b-9c1d-333333333333";
    private static final Instant START = Instant.parse("2024-04-14T00:00:00Z");

    static String request(String id, String user, String email, String kind, String status, String role,
                          String created, String assignments) {
        var userJson = user == null ? "null" : """
                {"class": "User", "id": "%s", "first_name": "Thomas", "last_name": "Martin", "slug": "thomas-martin",
                 "avatar": null, "avatar_thumbnail": null, "email": "th*****@example.org", "last_login_at": null,
                 "page": "p", "uri": "u"}""".formatted(user);
        return """
                {"id": "%s", "user": %s, "email": %s, "kind": "%s", "created": "%s", "status": "%s", "role": "%s",
                 "comment": "a comment", "assignments": %s}""".formatted(id, userJson,
                email == null ? "null" : "\"" + email + "\"", kind, created, status, role, assignments);
    }

    static String requests() {
        return "[" + String.join(",",
                request(OLD_ID, THOMAS, null, "request", "refused", "editor", "2024-01-01T00:00:00+00:00", "[]"),
                request(REQUEST_ID, THOMAS, null, "request", "pending", "editor", "2024-04-14T00:00:00+00:00", "[]"),
                request(INVITATION_ID, null, "newuser@example.com", "invitation", "pending", "partial_editor",
                        "2024-04-15T08:30:00.123456", "[{\"class\": \"Dataset\", \"id\": \"d1\"}]")) + "]";
    }

    static String myInvitations() {
        return """
                [{"id": "%s", "organization": {"class": "Organization", "id": "%s",
                  "name": "Service d'Information du Gouvernement", "slug": "service-d-information-du-gouvernement"},
                  "role": "partial_editor", "comment": "Join us", "created": "2024-04-15T08:30:00+00:00",
                  "assignments": [{"class": "Dataset", "id": "d1"}, {"class": "Dataservice", "id": "s1"}]}]
                """.formatted(INVITATION_ID, UdataFixtures.SIG_ID);
    }

    private static MembershipRequest invitation(Invitee invitee, MemberRole role, Set<SubjectRef> assignments) {
        return new MembershipRequest(new MembershipRequestId(ProvisionalIds.PREFIX + "1"), SIG, RequestKind.INVITATION,
                RequestStatus.PENDING, invitee, role, "Welcome", assignments, START, new UserId(ME), null, null, null,
                START.plusSeconds(7 * 86400));
    }

    private static MembershipRequest pendingRequest() {
        return new MembershipRequest(new MembershipRequestId(REQUEST_ID), SIG, RequestKind.REQUEST,
                RequestStatus.PENDING, new Invitee.Known(new UserId(THOMAS)), MemberRole.EDITOR, "a comment", Set.of(),
                START, new UserId(THOMAS), null, null, null, null);
    }

    @BeforeEach
    void keyOwner() {
        signedInAsMe();
    }

    @Nested
    class Invitations {
        @Test
        void inviting_a_user_posts_the_invite_and_returns_udatas_invitation() {
            udata.on("POST", SIG_PATH + "member/", Reply.json(201, request(INVITATION_ID, THOMAS, null, "invitation",
                    "pending", "admin", "2024-04-14T00:00:00+00:00", "[]")));

            var stored = adapter.requests().invite(invitation(new Invitee.Known(new UserId(THOMAS)), MemberRole.ADMIN,
                    Set.of()));

            var request = udata.lastRequest();
            assertThat(request.line()).isEqualTo("POST " + SIG_PATH + "member/");
            assertThat(json(request.body())).isEqualTo(json("""
                    {"user": "%s", "role": "admin", "comment": "Welcome", "assignments": []}""".formatted(THOMAS)));
            assertThat(stored.id()).isEqualTo(new MembershipRequestId(INVITATION_ID));
            assertThat(stored.organization()).isEqualTo(SIG);
            assertThat(stored.kind()).isEqualTo(RequestKind.INVITATION);
            assertThat(stored.status()).isEqualTo(RequestStatus.PENDING);
            assertThat(stored.invitee()).isEqualTo(new Invitee.Known(new UserId(THOMAS)));
            assertThat(stored.role()).isEqualTo(MemberRole.ADMIN);
            assertThat(stored.comment()).isEqualTo("a comment");
            assertThat(stored.created()).isEqualTo(START);
            assertThat(stored.expiresAt()).isNull();
        }

        @Test
        void inviting_an_email_as_partial_editor_sends_the_assignments_and_no_user() {
            udata.on("POST", SIG_PATH + "member/", Reply.json(201, request(INVITATION_ID, null, "newuser@example.com",
                    "invitation", "pending", "partial_editor", "2024-04-15T08:30:00.123456",
                    "[{\"class\": \"Dataset\", \"id\": \"d1\"}, {\"class\": \"Reuse\", \"id\": \"r1\"}]")));

            var stored = adapter.requests().invite(invitation(new Invitee.ByEmail(new EmailAddress("newuser@example.com")),
                    MemberRole.PARTIAL_EDITOR, Set.of(SubjectRef.reuse("r1"), SubjectRef.dataset("d1"))));

            assertThat(json(udata.lastRequest().body())).isEqualTo(json("""
                    {"email": "newuser@example.com", "role": "partial_editor", "comment": "Welcome",
                     "assignments": [{"class": "Dataset", "id": "d1"}, {"class": "Reuse", "id": "r1"}]}"""));
            assertThat(stored.invitee()).isEqualTo(new Invitee.ByEmail(new EmailAddress("newuser@example.com")));
            assertThat(stored.assignments()).containsExactlyInAnyOrder(SubjectRef.dataset("d1"), SubjectRef.reuse("r1"));
            assertThat(stored.created()).isEqualTo(Instant.parse("2024-04-15T08:30:00.123456Z"));
        }

        @Test
        void a_refused_invitation_is_invalid_input_on_the_invitee() {
            udata.on("POST", SIG_PATH + "member/", Reply.message(400, "User is already a member"));

            assertThatThrownBy(() -> adapter.requests().invite(invitation(new Invitee.Known(new UserId(THOMAS)),
                    MemberRole.EDITOR, Set.of()))).isInstanceOf(InvalidInput.class)
                    .satisfies(e -> assertThat(((InvalidInput) e).errors())
                            .isEqualTo(Map.of("invitee", List.of("User is already a member"))));
        }

        @Test
        void the_key_owners_pending_invitations_come_from_me_oldest_first() {
            udata.on("GET", "/me/org_invitations/", Reply.ok(myInvitations()));

            var invitations = adapter.requests().pendingInvitationsFor(new UserId(ME), Optional.empty());

            assertThat(invitations).hasSize(1);
            var invitation = invitations.get(0);
            assertThat(invitation.id()).isEqualTo(new MembershipRequestId(INVITATION_ID));
            assertThat(invitation.organization()).isEqualTo(SIG);
            assertThat(invitation.kind()).isEqualTo(RequestKind.INVITATION);
            assertThat(invitation.status()).isEqualTo(RequestStatus.PENDING);
            assertThat(invitation.invitee()).isEqualTo(new Invitee.Known(new UserId(ME)));
            assertThat(invitation.role()).isEqualTo(MemberRole.PARTIAL_EDITOR);
            assertThat(invitation.comment()).isEqualTo("Join us");
            assertThat(invitation.assignments()).containsExactlyInAnyOrder(SubjectRef.dataset("d1"),
                    new SubjectRef(io.memberkit.domain.assignment.SubjectClass.DATASERVICE, "s1"));
            assertThat(invitation.created()).isEqualTo(Instant.parse("2024-04-15T08:30:00Z"));
        }

        @Test
        void another_users_invitations_are_not_supported() {
            assertThatThrownBy(() -> adapter.requests().pendingInvitationsFor(new UserId(THOMAS), Optional.empty()))
                    .isInstanceOf(BackendFailure.NotSupported.class).hasMessageContaining("not supported by udata");
        }

        @Test
        void the_invitee_accepts_and_refuses_through_me() {
            udata.on("POST", "/me/org_invitations/" + INVITATION_ID + "/accept/",
                    Reply.ok("{\"message\": \"Invitation accepted\"}"));
            udata.on("POST", "/me/org_invitations/" + INVITATION_ID + "/refuse/",
                    Reply.ok("{\"message\": \"Invitation refused\"}"));
            var invitation = new MembershipRequest(new MembershipRequestId(INVITATION_ID), SIG, RequestKind.INVITATION,
                    RequestStatus.ACCEPTED, new Invitee.Known(new UserId(ME)), MemberRole.EDITOR, null, Set.of(), START,
                    null, new UserId(ME), START, null, null);

            adapter.requests().acceptInvitation(new Acceptance(invitation,
                    new Member(SIG, new UserId(ME), MemberRole.EDITOR, START), List.of()));
            adapter.requests().refuseInvitation(invitation);

            assertThat(udata.requests()).extracting(r -> r.line()).containsExactly(
                    "POST /me/org_invitations/" + INVITATION_ID + "/accept/",
                    "POST /me/org_invitations/" + INVITATION_ID + "/refuse/");
        }

        @Test
        void accepting_an_invitation_that_is_not_pending_is_invalid_and_an_unknown_one_not_found() {
            udata.once("POST", "/me/org_invitations/x/accept/", Reply.message(400, "Invitation is not pending"),
                    Reply.message(404, "Invitation not found"));
            var acceptance = new Acceptance(new MembershipRequest(new MembershipRequestId("x"), SIG,
                    RequestKind.INVITATION, RequestStatus.ACCEPTED, new Invitee.Known(new UserId(ME)), MemberRole.EDITOR,
                    null, Set.of(), START, null, null, null, null, null),
                    new Member(SIG, new UserId(ME), MemberRole.EDITOR, START), List.of());

            assertThatThrownBy(() -> adapter.requests().acceptInvitation(acceptance)).isInstanceOf(InvalidInput.class)
                    .satisfies(e -> assertThat(((InvalidInput) e).errors())
                            .isEqualTo(Map.of("invitation", List.of("Invitation is not pending"))));
            assertThatThrownBy(() -> adapter.requests().acceptInvitation(acceptance)).isInstanceOf(NotFound.class)
                    .hasMessage("Invitation not found");
        }

        @Test
        void an_admin_cancels_an_invitation() {
            udata.once("POST", SIG_PATH + "membership/" + INVITATION_ID + "/cancel/", Reply.ok("{}"),
                    Reply.message(400, "Only pending invitations can be canceled"));
            var invitation = invitation(new Invitee.ByEmail(new EmailAddress("newuser@example.com")), MemberRole.EDITOR,
                    Set.of());
            var canceled = new MembershipRequest(new MembershipRequestId(INVITATION_ID), SIG, invitation.kind(),
                    RequestStatus.CANCELED, invitation.invitee(), invitation.role(), null, Set.of(), START, null,
                    new UserId(ME), START, null, null);

            adapter.requests().cancelInvitation(canceled);
            assertThatThrownBy(() -> adapter.requests().cancelInvitation(canceled)).isInstanceOf(InvalidInput.class);

            assertThat(udata.requests()).extracting(r -> r.line())
                    .containsOnly("POST " + SIG_PATH + "membership/" + INVITATION_ID + "/cancel/");
        }
    }

    @Nested
    class Requests {
        @Test
        void applying_posts_the_comment_and_returns_udatas_request() {
            udata.on("POST", SIG_PATH + "membership/", Reply.json(201, request(REQUEST_ID, ME, null, "request",
                    "pending", "editor", "2024-04-14T00:00:00+00:00", "[]")));
            var applying = new MembershipRequest(new MembershipRequestId(ProvisionalIds.PREFIX + "2"), SIG,
                    RequestKind.REQUEST, RequestStatus.PENDING, new Invitee.Known(new UserId(ME)), MemberRole.EDITOR,
                    "Please let me in", Set.of(), START, new UserId(ME), null, null, null, null);

            var stored = adapter.requests().request(applying);

            assertThat(json(udata.lastRequest().body())).isEqualTo(json("{\"comment\": \"Please let me in\"}"));
            assertThat(stored.id()).isEqualTo(new MembershipRequestId(REQUEST_ID));
            assertThat(stored.kind()).isEqualTo(RequestKind.REQUEST);
            assertThat(stored.invitee()).isEqualTo(new Invitee.Known(new UserId(ME)));
        }

        @Test
        void applying_without_a_comment_is_invalid_input_on_comment() {
            udata.on("POST", SIG_PATH + "membership/", Reply.json(400, "{\"message\": \"Validation error\"}"));
            var applying = new MembershipRequest(new MembershipRequestId("p"), SIG, RequestKind.REQUEST,
                    RequestStatus.PENDING, new Invitee.Known(new UserId(ME)), MemberRole.EDITOR, null, Set.of(), START,
                    new UserId(ME), null, null, null, null);

            assertThatThrownBy(() -> adapter.requests().request(applying)).isInstanceOf(InvalidInput.class)
                    .satisfies(e -> assertThat(((InvalidInput) e).field()).isEqualTo("comment"));
        }

        @Test
        void list_filters_on_udatas_side_and_pages_here_newest_first() {
            udata.on("GET", SIG_PATH + "membership/", Reply.ok(requests()));

            var page = adapter.requests().list(SIG, Optional.empty(), Optional.empty(), new PageRequest(1, 2), java.time.Instant.now());

            assertThat(page.items()).extracting(r -> r.id().value()).containsExactly(INVITATION_ID, REQUEST_ID);
            assertThat(page.total()).isEqualTo(3);
            assertThat(page.hasNext()).isTrue();
            assertThat(udata.lastRequest().query()).isEmpty();
            var refused = adapter.requests().list(SIG, Optional.empty(), Optional.empty(), new PageRequest(2, 2), java.time.Instant.now());
            assertThat(refused.items()).extracting(MembershipRequest::status).containsExactly(RequestStatus.REFUSED);
        }

        @Test
        void list_sends_the_user_and_status_filters() {
            udata.on("GET", SIG_PATH + "membership/", Reply.ok("[" + request(REQUEST_ID, THOMAS, null, "request",
                    "pending", "editor", "2024-04-14T00:00:00+00:00", "[]") + "]"));

            var page = adapter.requests().list(SIG, Optional.of(new UserId(THOMAS)), Optional.of(RequestStatus.PENDING),
                    PageRequest.firstPage(), java.time.Instant.now());

            assertThat(page.items()).hasSize(1);
            assertThat(udata.lastRequest().query()).isEqualTo(Map.of("user", List.of(THOMAS),
                    "status", List.of("pending")));
        }

        @Test
        void a_non_member_may_not_list_requests() {
            udata.on("GET", SIG_PATH + "membership/", Reply.message(403,
                    "You can only access your own membership requests or the one of your organizations."));

            assertThatThrownBy(() -> adapter.requests().list(SIG, Optional.empty(), Optional.empty(),
                    PageRequest.firstPage(), java.time.Instant.now())).isInstanceOf(io.memberkit.domain.error.Forbidden.class);
        }

        @Test
        void the_pending_request_of_an_invitee_is_found_by_user_or_by_email() {
            udata.on("GET", SIG_PATH + "membership/", Reply.ok(requests()));

            assertThat(adapter.requests().findPending(SIG, new Invitee.Known(new UserId(THOMAS))))
                    .map(r -> r.id().value()).contains(REQUEST_ID);
            assertThat(udata.lastRequest().query()).isEqualTo(Map.of("user", List.of(THOMAS),
                    "status", List.of("pending")));
            assertThat(adapter.requests().findPending(SIG, new Invitee.ByEmail(new EmailAddress("newuser@example.com"))))
                    .map(r -> r.id().value()).contains(INVITATION_ID);
            assertThat(udata.lastRequest().query()).isEqualTo(Map.of("status", List.of("pending")));
            assertThat(adapter.requests().findPending(SIG, new Invitee.ByEmail(new EmailAddress("other@example.com"))))
                    .isEmpty();
        }

        @Test
        void an_admin_accepts_and_refuses_requests_on_the_organization() {
            udata.on("POST", SIG_PATH + "membership/" + REQUEST_ID + "/accept/", Reply.ok("""
                    {"role": "editor", "since": "2024-04-14T00:00:00+00:00", "user": {"id": "%s"}}""".formatted(THOMAS)));
            udata.on("POST", SIG_PATH + "membership/" + REQUEST_ID + "/refuse/", Reply.ok("{}"));
            var request = pendingRequest();
            var refused = new MembershipRequest(request.id(), SIG, RequestKind.REQUEST, RequestStatus.REFUSED,
                    request.invitee(), MemberRole.EDITOR, "a comment", Set.of(), START, new UserId(THOMAS),
                    new UserId(ME), START, "Not now", null);

            adapter.requests().acceptRequest(new Acceptance(request,
                    new Member(SIG, new UserId(THOMAS), MemberRole.EDITOR, START), List.of()));
            adapter.requests().refuseRequest(refused);

            var requests = udata.requests();
            assertThat(requests.get(0).line()).isEqualTo("POST " + SIG_PATH + "membership/" + REQUEST_ID + "/accept/");
            assertThat(requests.get(0).body()).isNull();
            assertThat(requests.get(1).line()).isEqualTo("POST " + SIG_PATH + "membership/" + REQUEST_ID + "/refuse/");
            assertThat(json(requests.get(1).body())).isEqualTo(json("{\"comment\": \"Not now\"}"));
        }

        @Test
        void accepting_twice_is_a_conflict_and_an_unknown_request_not_found() {
            udata.once("POST", SIG_PATH + "membership/" + REQUEST_ID + "/accept/",
                    Reply.json(409, "{\"role\": \"editor\", \"user\": {\"id\": \"" + THOMAS + "\"}}"),
                    Reply.message(404, "Unknown membership request id"));
            var acceptance = new Acceptance(pendingRequest(),
                    new Member(SIG, new UserId(THOMAS), MemberRole.EDITOR, START), List.of());

            assertThatThrownBy(() -> adapter.requests().acceptRequest(acceptance)).isInstanceOf(Conflict.class);
            assertThatThrownBy(() -> adapter.requests().acceptRequest(acceptance)).isInstanceOf(NotFound.class)
                    .hasMessage("Unknown membership request id");
        }

        @Test
        void a_second_application_replaces_the_comment_on_the_remembered_organization() {
            udata.on("GET", SIG_PATH + "membership/", Reply.ok(requests()));
            udata.on("POST", SIG_PATH + "membership/", Reply.ok(request(REQUEST_ID, THOMAS, null, "request",
                    "pending", "editor", "2024-04-14T00:00:00+00:00", "[]")));
            adapter.requests().list(SIG, Optional.empty(), Optional.empty(), PageRequest.firstPage(), java.time.Instant.now());

            adapter.requests().updateComment(new MembershipRequestId(REQUEST_ID), "Still keen");

            assertThat(udata.lastRequest().line()).isEqualTo("POST " + SIG_PATH + "membership/");
            assertThat(json(udata.lastRequest().body())).isEqualTo(json("{\"comment\": \"Still keen\"}"));
        }
    }

    @Nested
    class FindById {
        @Test
        void a_request_seen_before_is_read_again_from_its_organization() {
            udata.on("GET", SIG_PATH + "membership/", Reply.ok(requests()));
            adapter.requests().list(SIG, Optional.empty(), Optional.empty(), PageRequest.firstPage(), java.time.Instant.now());
            udata.reset();
            udata.on("GET", SIG_PATH + "membership/", Reply.ok(requests()));

            var found = adapter.requests().find(new MembershipRequestId(OLD_ID)).orElseThrow();

            assertThat(found.status()).isEqualTo(RequestStatus.REFUSED);
            assertThat(found.organization()).isEqualTo(SIG);
            assertThat(udata.onlyRequest().line()).isEqualTo("GET " + SIG_PATH + "membership/");
        }

        @Test
        void an_unseen_invitation_of_the_key_owner_is_found_in_me() {
            udata.on("GET", "/me/org_invitations/", Reply.ok(myInvitations()));

            var found = adapter.requests().find(new MembershipRequestId(INVITATION_ID)).orElseThrow();

            assertThat(found.organization()).isEqualTo(SIG);
            assertThat(found.isInvitation()).isTrue();
        }

        @Test
        void an_unseen_request_is_searched_in_the_key_owners_organizations() {
            udata.on("GET", "/me/org_invitations/", Reply.ok("[]"));
            udata.on("GET", SIG_PATH + "membership/", Reply.ok(requests()));

            var found = adapter.requests().find(new MembershipRequestId("0b7c7c1e-2f3a-4a4b-9c1d-444444444444"));
            udata.on("GET", SIG_PATH + "membership/", Reply.ok("[" + request("0b7c7c1e-2f3a-4a4b-9c1d-444444444444",
                    THOMAS, null, "request", "accepted", "editor", "2024-04-14T00:00:00+00:00", "[]") + "]"));
            var foundLater = adapter.requests().find(new MembershipRequestId("0b7c7c1e-2f3a-4a4b-9c1d-444444444444"));

            assertThat(found).isEmpty();
            assertThat(foundLater).map(MembershipRequest::status).contains(RequestStatus.ACCEPTED);
            assertThat(udata.requests()).extracting(r -> r.line()).contains("GET /me/org_invitations/", "GET /me/",
                    "GET " + SIG_PATH + "membership/");
        }

        @Test
        void organizations_whose_requests_the_owner_may_not_read_are_skipped() {
            udata.on("GET", "/me/org_invitations/", Reply.ok("[]"));
            udata.on("GET", SIG_PATH + "membership/", Reply.message(403, "You do not have the permission"));

            assertThat(adapter.requests().find(new MembershipRequestId("nowhere"))).isEmpty();
        }

        @Test
        void an_invitation_by_email_is_read_with_its_email() {
            udata.on("GET", SIG_PATH + "membership/", Reply.ok(requests()));

            var invitation = adapter.requests().list(SIG, Optional.empty(), Optional.empty(), PageRequest.firstPage(), java.time.Instant.now())
                    .items().get(0);

            assertThat(invitation.invitee()).isEqualTo(new Invitee.ByEmail(new EmailAddress("newuser@example.com")));
            assertThat(invitation.role()).isEqualTo(MemberRole.PARTIAL_EDITOR);
            assertThat(invitation.assignments()).containsExactly(SubjectRef.dataset("d1"));
        }

        @Test
        void a_request_naming_neither_user_nor_email_is_a_bad_answer() {
            udata.on("GET", SIG_PATH + "membership/", Reply.ok("[" + request("x", null, null, "invitation", "pending",
                    "editor", "2024-04-14", "[]") + "]"));

            assertThatThrownBy(() -> adapter.requests().list(SIG, Optional.empty(), Optional.empty(),
                    PageRequest.firstPage(), java.time.Instant.now())).isInstanceOf(BackendFailure.BadAnswer.class)
                    .hasMessageContaining("neither a user nor an email");
        }
    }
}
