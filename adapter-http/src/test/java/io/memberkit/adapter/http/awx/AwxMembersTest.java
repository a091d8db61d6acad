package io.memberkit.adapter.http.awx;

import static io.memberkit.adapter.http.fake.FakeRemote.Reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.memberkit.adapter.http.fake.FakeRemote;
import io.memberkit.adapter.http.fake.ReferenceFixtures;
import io.memberkit.application.port.in.me.GetMe;
import io.memberkit.application.port.in.me.ListMyOrganizations;
import io.memberkit.application.port.in.member.AddMember;
import io.memberkit.application.port.in.member.ChangeMemberRole;
import io.memberkit.application.port.in.member.InviteMember;
import io.memberkit.application.port.in.member.RemoveMember;
import io.memberkit.application.port.out.BackendFailure;
import io.memberkit.application.service.MeService;
import io.memberkit.application.service.MemberService;
import io.memberkit.application.service.MembershipSettings;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.Forbidden;
import io.memberkit.domain.error.InvalidInput;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MemberDetails;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.MembershipEvent.MemberAdded;
import io.memberkit.domain.membership.MembershipEvent.MemberRoleChanged;
import io.memberkit.domain.permission.EditRights;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * An AWX organization's members: the union of its {@code admins/} and {@code users/} lists, read page after page
 * by following {@code next}, and changed by AWX's associations.
 */
class AwxMembersTest extends AwxTestSupport {
    private static final OrganizationId OPS = new OrganizationId("awx:5");
    private static final Instant OPS_CREATED = Instant.parse("2019-01-01T00:00:00Z");
    private static final String OPS_PATH = "/api/v2/organizations/5/";
    private static final Map<String, Object> BOB = AwxFixtures.user(2, "bob", "Bob", "Admin", "2018-06-01T00:00:00Z");
    private static final Map<String, Object> CAROL = AwxFixtures.user(3, "carol", "Carol", "C", "2019-03-01T00:00:00Z");
    private static final Map<String, Object> DAVE = AwxFixtures.user(4, "dave", "Dave", "D", "2019-04-01T00:00:00Z");
    private static final Map<String, Object> ERIN = AwxFixtures.user(6, "erin", "Erin", "E", "2019-06-01T00:00:00Z");
    private static final Map<String, Object> FRANK = AwxFixtures.user(8, "frank", "Frank", "F", "2019-08-01T00:00:00Z");
    private static final Map<String, Object> GRACE = AwxFixtures.user(9, "grace", "Grace", "G", "2019-09-01T00:00:00Z");
    private static final Map<String, Object> HEIDI = AwxFixtures.user(7, "heidi", "Heidi", "H", "2020-02-01T00:00:00Z");

    private static UserId awx(long id) {
        return new UserId("awx:" + id);
    }

    /** Ops: admins Bob (also a member) and Grace (admin only); members Bob, Carol, Dave, Erin, Frank. */
    @BeforeEach
    void opsOrganization() {
        awx.on("GET", OPS_PATH, AwxFixtures.ok(AwxFixtures.organization(5, "Ops", "2019-01-01T00:00:00Z")));
        awx.on("GET", OPS_PATH + "admins/", AwxFixtures.list(OPS_PATH + "admins/", List.of(BOB, GRACE)));
        awx.on("GET", OPS_PATH + "users/", AwxFixtures.list(OPS_PATH + "users/",
                List.of(BOB, CAROL, DAVE, ERIN, FRANK)));
        for (var user : List.of(BOB, CAROL, DAVE, ERIN, FRANK, GRACE, HEIDI)) {
            awx.on("GET", "/api/v2/users/" + user.get("id") + "/", AwxFixtures.ok(user));
        }
        awx.on("POST", OPS_PATH + "users/", Reply.noContent());
        awx.on("POST", OPS_PATH + "admins/", Reply.noContent());
    }

    private List<FakeRemote.Recorded> posts() {
        return awx.requests().stream().filter(r -> r.method().equals("POST")).toList();
    }

    private static Object json(String text) {
        return ReferenceFixtures.parse(text);
    }

    @Nested
    class Listing {
        @Test
        void members_are_both_lists_merged_oldest_account_first_each_admin_once_over_several_pages() {
            var first = adapter.members().list(OPS, Optional.empty(), new PageRequest(1, 4));
            var second = adapter.members().list(OPS, Optional.empty(), new PageRequest(2, 4));

            assertThat(first.items()).extracting(d -> d.member().user(), d -> d.member().role()).containsExactly(
                    tuple(awx(2), MemberRole.ADMIN), tuple(awx(3), MemberRole.EDITOR),
                    tuple(awx(4), MemberRole.EDITOR), tuple(awx(6), MemberRole.EDITOR));
            assertThat(first.total()).isEqualTo(6);
            assertThat(first.hasNext()).isTrue();
            assertThat(second.items()).extracting(d -> d.member().user(), d -> d.member().role()).containsExactly(
                    tuple(awx(8), MemberRole.EDITOR), tuple(awx(9), MemberRole.ADMIN));
            assertThat(second.hasNext()).isFalse();
            // the members' list was walked two users a page, following AWX's next links
            assertThat(awx.requests()).filteredOn(r -> r.path().equals(OPS_PATH + "users/")
                            && "id".equals(r.queryValue("order_by")))
                    .extracting(r -> r.queryValue("page")).contains(null, "2", "3");
            assertThat(awx.requests()).filteredOn(r -> r.path().equals(OPS_PATH + "users/"))
                    .extracting(r -> r.queryValue("id__in")).contains("2,9");
        }

        @Test
        void a_member_is_mapped_with_their_account_and_the_earliest_possible_start() {
            var page = adapter.members().list(OPS, Optional.empty(), new PageRequest(1, 2));

            MemberDetails bob = page.items().get(0);
            MemberDetails carol = page.items().get(1);
            assertThat(bob.member()).isEqualTo(new Member(OPS, awx(2), MemberRole.ADMIN, OPS_CREATED));
            assertThat(carol.member()).isEqualTo(new Member(OPS, awx(3), MemberRole.EDITOR,
                    Instant.parse("2019-03-01T00:00:00Z")));
            assertThat(bob.user().fullName()).isEqualTo("Bob Admin");
            assertThat(bob.user().email().value()).isEqualTo("bob@example.org");
            assertThat(bob.user().since()).isEqualTo(Instant.parse("2018-06-01T00:00:00Z"));
        }

        @Test
        void by_role_admins_editors_and_no_partial_editors() {
            var admins = adapter.members().list(OPS, Optional.of(MemberRole.ADMIN), PageRequest.firstPage());
            var editors = adapter.members().list(OPS, Optional.of(MemberRole.EDITOR), PageRequest.firstPage());
            var partial = adapter.members().list(OPS, Optional.of(MemberRole.PARTIAL_EDITOR), PageRequest.firstPage());

            assertThat(admins.items()).extracting(d -> d.member().user()).containsExactly(awx(2), awx(9));
            assertThat(admins.total()).isEqualTo(2);
            assertThat(editors.items()).extracting(d -> d.member().user())
                    .containsExactly(awx(3), awx(4), awx(6), awx(8));
            assertThat(editors.total()).isEqualTo(4);
            assertThat(partial.items()).isEmpty();
            assertThat(partial.total()).isZero();
        }

        @Test
        void one_membership_is_asked_of_each_list_by_id() {
            assertThat(adapter.members().find(OPS, awx(9))).get().extracting(Member::role).isEqualTo(MemberRole.ADMIN);
            assertThat(adapter.members().find(OPS, awx(3))).get().extracting(Member::role)
                    .isEqualTo(MemberRole.EDITOR);
            assertThat(adapter.members().find(OPS, awx(42))).isEmpty();
            assertThat(adapter.members().find(new OrganizationId("awx:404"), awx(3))).isEmpty();
            assertThat(awx.requests()).filteredOn(r -> r.path().equals(OPS_PATH + "admins/"))
                    .extracting(r -> r.queryValue("id")).containsExactly("9", "3", "42");
        }

        @Test
        void admins_are_counted_by_awx() {
            assertThat(adapter.members().countAdmins(OPS)).isEqualTo(2);
            assertThat(awx.requests()).singleElement().satisfies(r -> {
                assertThat(r.path()).isEqualTo(OPS_PATH + "admins/");
                assertThat(r.queryValue("page_size")).isEqualTo("1");
            });
        }

        @Test
        void edit_rights_come_from_superuser_status_then_role() {
            signedInAsAdmin();

            assertThat(adapter.members().editRights(ME, OPS, SubjectRef.dataset("d1")))
                    .isEqualTo(new EditRights(true, true, Optional.empty(), false));
            assertThat(adapter.members().editRights(awx(3), OPS, SubjectRef.dataset("d1")))
                    .isEqualTo(new EditRights(true, false, Optional.of(MemberRole.EDITOR), false));
            assertThat(adapter.members().editRights(awx(404), OPS, SubjectRef.dataset("d1")))
                    .isEqualTo(EditRights.NOBODY);
        }
    }

    @Nested
    class MyOrganizations {
        @BeforeEach
        void theAdminsOrganizations() {
            signedInAsAdmin();
            awx.on("GET", "/api/v2/users/1/admin_of_organizations/", AwxFixtures.list(
                    "/api/v2/users/1/admin_of_organizations/",
                    List.of(AwxFixtures.organization(5, "Ops", "2019-01-01T00:00:00Z"))));
            awx.on("GET", "/api/v2/users/1/organizations/", AwxFixtures.list("/api/v2/users/1/organizations/",
                    List.of(AwxFixtures.defaultOrganization(), AwxFixtures.organization(5, "Ops",
                            "2019-01-01T00:00:00Z"), AwxFixtures.organization(7, "Net", "2022-01-01T00:00:00Z"))));
            awx.on("GET", "/api/v2/organizations/1/", AwxFixtures.ok(AwxFixtures.defaultOrganization()));
            awx.on("GET", "/api/v2/organizations/7/", AwxFixtures.ok(AwxFixtures.organization(7, "Net",
                    "2022-01-01T00:00:00Z")));
        }

        @Test
        void are_the_users_admin_and_member_lists_walked_page_after_page() {
            var mine = adapter.members().membershipsOf(ME);

            var meCreated = Instant.parse("2021-04-07T10:44:39.128247Z");
            assertThat(mine).containsExactly(new Member(DEFAULT, ME, MemberRole.EDITOR, meCreated),
                    new Member(OPS, ME, MemberRole.ADMIN, meCreated),
                    new Member(new OrganizationId("awx:7"), ME, MemberRole.EDITOR,
                            Instant.parse("2022-01-01T00:00:00Z")));
            assertThat(awx.requests()).filteredOn(r -> r.path().equals("/api/v2/users/1/organizations/"))
                    .extracting(r -> r.queryValue("page")).containsExactly(null, "2");
        }

        @Test
        void me_and_my_organizations_with_my_role_through_the_use_cases() {
            var service = new MeService(ports());

            var me = service.get(new GetMe(Actor.user(ME)));
            var mine = service.list(new ListMyOrganizations(Actor.user(ME)));

            assertThat(me.slug().value()).isEqualTo("admin");
            assertThat(me.isSiteAdmin()).isTrue();
            assertThat(mine).extracting(m -> m.organization().name(), m -> m.membership().role()).containsExactly(
                    tuple("Default", MemberRole.EDITOR), tuple("Ops", MemberRole.ADMIN), tuple("Net", MemberRole.EDITOR));
        }
    }

    @Nested
    class Changes {
        @Test
        void adding_associates_the_user_with_users_or_admins() {
            adapter.members().add(new Member(OPS, awx(7), MemberRole.EDITOR, Instant.EPOCH));
            adapter.members().add(new Member(OPS, awx(7), MemberRole.ADMIN, Instant.EPOCH));

            assertThat(posts()).extracting(r -> r.path(), r -> json(r.body())).containsExactly(
                    tuple(OPS_PATH + "users/", json("{\"id\": 7}")),
                    tuple(OPS_PATH + "admins/", json("{\"id\": 7}")));
            assertThat(posts()).allSatisfy(r -> {
                assertThat(r.header("Content-Type")).startsWith("application/json");
                assertThat(r.header("Authorization")).startsWith("Basic ");
            });
        }

        @Test
        void promoting_associates_with_admins_and_demoting_joins_users_before_leaving_admins() {
            adapter.members().changeRole(OPS, awx(3), MemberRole.ADMIN);
            adapter.members().changeRole(OPS, awx(9), MemberRole.EDITOR);

            assertThat(posts()).extracting(r -> r.path(), r -> json(r.body())).containsExactly(
                    tuple(OPS_PATH + "admins/", json("{\"id\": 3}")),
                    tuple(OPS_PATH + "users/", json("{\"id\": 9}")),
                    tuple(OPS_PATH + "admins/", json("{\"id\": 9, \"disassociate\": true}")));
        }

        @Test
        void removing_disassociates_from_users_then_admins() {
            adapter.members().remove(OPS, awx(2));

            assertThat(posts()).extracting(r -> r.path(), r -> json(r.body())).containsExactly(
                    tuple(OPS_PATH + "users/", json("{\"id\": 2, \"disassociate\": true}")),
                    tuple(OPS_PATH + "admins/", json("{\"id\": 2, \"disassociate\": true}")));
        }

        @Test
        void the_partial_editor_role_is_not_supported_by_awx_and_nothing_is_sent() {
            assertThatThrownBy(() -> adapter.members().add(new Member(OPS, awx(7), MemberRole.PARTIAL_EDITOR,
                    Instant.EPOCH))).isInstanceOf(BackendFailure.NotSupported.class)
                    .hasMessage("the partial_editor role is not supported by awx");
            assertThatThrownBy(() -> adapter.members().changeRole(OPS, awx(3), MemberRole.PARTIAL_EDITOR))
                    .isInstanceOf(BackendFailure.NotSupported.class);
            assertThat(posts()).isEmpty();
        }

        @Test
        void an_association_is_sent_once_even_when_awx_is_unavailable() {
            awx.on("POST", OPS_PATH + "users/", Reply.json(503, "{\"detail\": \"busy\"}"));

            assertThatThrownBy(() -> adapter.members().add(new Member(OPS, awx(7), MemberRole.EDITOR, Instant.EPOCH)))
                    .isInstanceOf(BackendFailure.Unavailable.class)
                    .hasMessage("awx answered 503 to POST " + OPS_PATH + "users/: not retried (POST is not idempotent)");
            assertThat(posts()).hasSize(1);
        }

        @Test
        void awxs_refusals_are_memberkits_errors() {
            awx.on("POST", OPS_PATH + "admins/", Reply.json(403,
                    "{\"detail\": \"You do not have permission to perform this action.\"}"));
            awx.on("POST", OPS_PATH + "users/", Reply.json(400, "{\"msg\": \"User 7 may not be added.\"}"));

            assertThatThrownBy(() -> adapter.members().changeRole(OPS, awx(3), MemberRole.ADMIN))
                    .isInstanceOf(Forbidden.class).hasMessage("You do not have permission to perform this action.");
            assertThatThrownBy(() -> adapter.members().add(new Member(OPS, awx(7), MemberRole.EDITOR, Instant.EPOCH)))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                            .isEqualTo(Map.of("user", List.of("User 7 may not be added."))));
        }
    }

    @Nested
    class ThroughTheUseCases {
        @BeforeEach
        void signedIn() {
            signedInAsAdmin();
        }

        @Test
        void an_admin_adds_a_user_directly_and_the_addition_is_audited_locally() {
            var members = new MemberService(ports(), MembershipSettings.DEFAULTS);

            var added = members.add(new AddMember(Actor.user(ME), OPS, awx(7), MemberRole.EDITOR));

            assertThat(added.user()).isEqualTo(awx(7));
            assertThat(posts()).extracting(r -> r.path(), r -> json(r.body()))
                    .containsExactly(tuple(OPS_PATH + "users/", json("{\"id\": 7}")));
            assertThat(local.events()).singleElement().isEqualTo(new MemberAdded(ME, added.since(), OPS, awx(7),
                    MemberRole.EDITOR));
        }

        @Test
        void demoting_an_admin_while_another_remains_and_removing_a_member() {
            var members = new MemberService(ports(), MembershipSettings.DEFAULTS);

            members.change(new ChangeMemberRole(Actor.user(ME), OPS, awx(9), MemberRole.EDITOR));
            members.remove(new RemoveMember(Actor.user(ME), OPS, awx(3)));

            assertThat(posts()).extracting(r -> r.path(), r -> json(r.body())).containsExactly(
                    tuple(OPS_PATH + "users/", json("{\"id\": 9}")),
                    tuple(OPS_PATH + "admins/", json("{\"id\": 9, \"disassociate\": true}")),
                    tuple(OPS_PATH + "users/", json("{\"id\": 3, \"disassociate\": true}")),
                    tuple(OPS_PATH + "admins/", json("{\"id\": 3, \"disassociate\": true}")));
            assertThat(local.events()).first().isInstanceOf(MemberRoleChanged.class);
        }

        @Test
        void inviting_fails_clearly_as_not_supported_by_awx_and_nothing_is_sent() {
            var members = new MemberService(ports(), MembershipSettings.DEFAULTS);

            assertThatThrownBy(() -> members.invite(new InviteMember(Actor.user(ME), OPS,
                    new Invitee.Known(awx(7)), MemberRole.EDITOR, Set.of(), "Welcome")))
                    .isInstanceOf(BackendFailure.NotSupported.class)
                    .hasMessageEndingWith(" is not supported by awx");
            assertThat(posts()).isEmpty();
        }
    }
}
