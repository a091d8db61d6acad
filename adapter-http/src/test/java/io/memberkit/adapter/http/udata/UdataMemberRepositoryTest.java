package io.memberkit.adapter.http.udata;

import static io.memberkit.adapter.http.udata.fake.FakeUdata.Reply;
import static io.memberkit.adapter.http.udata.fake.UdataFixtures.assignment;
import static io.memberkit.adapter.http.udata.fake.UdataFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.adapter.http.udata.fake.UdataFixtures;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.MaskedEmail;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.Slug;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.Forbidden;
import io.memberkit.domain.error.NotFound;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MemberDetails;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.permission.EditRights;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UdataMemberRepositoryTest extends UdataTestSupport {
    private static final OrganizationId SIG = new OrganizationId(UdataFixtures.SIG_ID);
    private static final String SIG_PATH = "/organizations/" + UdataFixtures.SIG_ID + "/";
    private static final UserId MICHAEL = new UserId("5c5eb91e8b4c413baad800d1");
    private static final UserId MISSAK = new UserId(ME);
    private static final UserId EMILIE = new UserId("664206d300b24d7b75f5eefc");
    private static final UserId SIG_STAT = new UserId("66865739a688186fbba2fe23");
    private static final UserId SEBASTIEN = new UserId("669e1f59f773acc9d86cb147");

    @BeforeEach
    void sigServed() {
        signedInAsMe();
        udata.on("GET", SIG_PATH, Reply.ok(UdataFixtures.sig()));
    }

    @Nested
    class Reads {
        @Test
        void find_reads_the_members_ids_and_roles_only() {
            var member = adapter.members().find(SIG, MISSAK).orElseThrow();

            assertThat(member).isEqualTo(new Member(SIG, MISSAK, MemberRole.ADMIN,
                    Instant.parse("2025-01-14T14:05:16.211Z")));
            assertThat(udata.onlyRequest().header("X-Fields")).isEqualTo("id,deleted,members{role,since,user{id}}");
        }

        @Test
        void a_non_member_or_an_unknown_organization_has_no_member() {
            assertThat(adapter.members().find(SIG, new UserId("stranger"))).isEmpty();
            assertThat(adapter.members().find(new OrganizationId("unknown"), MISSAK)).isEmpty();
        }

        @Test
        void list_pages_the_one_payload_here_oldest_member_first() {
            var page = adapter.members().list(SIG, Optional.empty(), new PageRequest(2, 2));

            assertThat(page.items()).extracting(d -> d.member().user()).containsExactly(EMILIE, SIG_STAT);
            assertThat(page.total()).isEqualTo(5);
            assertThat(page.page()).isEqualTo(2);
            assertThat(page.hasNext()).isTrue();
            assertThat(udata.onlyRequest().header("X-Fields")).isEqualTo("id,deleted,members");
        }

        @Test
        void list_filters_by_role_before_paging() {
            var admins = adapter.members().list(SIG, Optional.of(MemberRole.ADMIN), PageRequest.first(10));

            assertThat(admins.items()).extracting(d -> d.member().user()).containsExactly(MISSAK, EMILIE, SEBASTIEN);
            assertThat(admins.total()).isEqualTo(3);
            assertThat(admins.hasNext()).isFalse();
        }

        @Test
        void a_listed_member_carries_the_account_the_payload_describes() {
            MemberDetails missak = adapter.members().list(SIG, Optional.of(MemberRole.ADMIN), PageRequest.first(1))
                    .items().get(0);

            assertThat(missak.member()).isEqualTo(new Member(SIG, MISSAK, MemberRole.ADMIN,
                    Instant.parse("2025-01-14T14:05:16.211Z")));
            var user = missak.user();
            assertThat(user.id()).isEqualTo(MISSAK);
            assertThat(user.firstName()).isEqualTo("Missak");
            assertThat(user.lastName()).isEqualTo("Kéloglanian");
            assertThat(user.slug()).isEqualTo(new Slug("missak-keloglanian"));
            assertThat(user.avatar()).endsWith("4e/c9c7b882e1471c9f8f68133ab7fd7b-original.jpg");
            assertThat(user.email()).isNull();
            assertThat(user.lastLogin()).isNull();
            assertThat(user.active()).isTrue();
            assertThat(user.roles()).isEmpty();
            // no registration date in a member reference: the membership's date stands in (an upper bound)
            assertThat(user.since()).isEqualTo(missak.member().since());
        }

        @Test
        void production_members_keep_their_masked_email_and_last_login() {
            var dinum = new OrganizationId(UdataFixtures.DINUM_ID);
            udata.on("GET", "/organizations/" + dinum.value() + "/", Reply.ok(UdataFixtures.dinum()));

            var members = adapter.members().list(dinum, Optional.empty(), PageRequest.firstPage()).items();

            assertThat(members).extracting(d -> d.member().role()).containsExactly(MemberRole.ADMIN, MemberRole.EDITOR);
            assertThat(members.get(0).user().email()).isEqualTo(new MaskedEmail("***@data.gouv.fr"));
            assertThat(members.get(0).user().lastLogin()).isEqualTo(Instant.parse("2025-08-06T13:46:55.423Z"));
            assertThat(members.get(1).member().since()).isEqualTo(Instant.parse("2023-06-05T08:24:08.836Z"));
        }

        @Test
        void admins_are_counted_from_the_payload() {
            assertThat(adapter.members().countAdmins(SIG)).isEqualTo(3);
        }

        @Test
        void the_key_owners_memberships_come_from_me_then_each_organization() {
            var memberships = adapter.members().membershipsOf(MISSAK);

            assertThat(memberships).containsExactly(new Member(SIG, MISSAK, MemberRole.ADMIN,
                    Instant.parse("2025-01-14T14:05:16.211Z")));
            assertThat(udata.requests()).extracting(r -> r.line()).containsExactly("GET /me/", "GET " + SIG_PATH);
        }

        @Test
        void someone_elses_memberships_come_from_their_account() {
            udata.on("GET", "/users/" + MICHAEL.value() + "/", Reply.ok(user(MICHAEL.value(), "Michael", "NATHAN",
                    null, "[]", true)));

            var memberships = adapter.members().membershipsOf(MICHAEL);

            assertThat(memberships).extracting(Member::role).containsExactly(MemberRole.EDITOR);
            var account = udata.requests().stream().filter(r -> r.path().startsWith("/users/")).findFirst()
                    .orElseThrow();
            assertThat(account.header("X-Fields")).isEqualTo("id,organizations");
        }

        @Test
        void a_gone_account_has_no_memberships() {
            udata.on("GET", "/users/gone/", Reply.message(410, "User has been deleted"));

            assertThat(adapter.members().membershipsOf(new UserId("gone"))).isEmpty();
        }
    }

    @Nested
    class EditRightsFacts {
        private final SubjectRef dataset = SubjectRef.dataset("d1");

        @Test
        void a_site_admin_needs_no_membership() {
            udata.on("GET", "/users/admin/", Reply.ok(user("admin", "Root", "Admin", "root@example.org",
                    "[\"admin\"]", true)));

            var rights = adapter.members().editRights(new UserId("admin"), SIG, dataset);

            assertThat(rights).isEqualTo(new EditRights(true, true, Optional.empty(), false));
            assertThat(udata.count("GET", SIG_PATH)).isZero();
        }

        @Test
        void an_admin_has_the_role_and_no_assignment_is_read() {
            var rights = adapter.members().editRights(MISSAK, SIG, dataset);

            assertThat(rights).isEqualTo(new EditRights(true, false, Optional.of(MemberRole.ADMIN), false));
            assertThat(udata.count("GET", SIG_PATH + "assignments/")).isZero();
        }

        @Test
        void a_partial_editor_is_assigned_only_what_the_assignments_list() {
            udata.on("GET", SIG_PATH, Reply.ok(UdataFixtures.sigWithPartialEditor()));
            udata.on("GET", "/users/" + MICHAEL.value() + "/", Reply.ok(user(MICHAEL.value(), "Michael", "NATHAN",
                    null, "[]", true)));
            udata.on("GET", SIG_PATH + "assignments/", Reply.ok("[" + assignment("a1", MICHAEL.value(), "Dataset",
                    "d1", "2025-03-01T10:00:00+00:00") + "]"));

            assertThat(adapter.members().editRights(MICHAEL, SIG, dataset))
                    .isEqualTo(new EditRights(true, false, Optional.of(MemberRole.PARTIAL_EDITOR), true));
            assertThat(adapter.members().editRights(MICHAEL, SIG, SubjectRef.dataset("d2")))
                    .isEqualTo(new EditRights(true, false, Optional.of(MemberRole.PARTIAL_EDITOR), false));
            assertThat(adapter.members().editRights(MICHAEL, SIG, SubjectRef.reuse("d1")).assigned()).isFalse();
        }

        @Test
        void an_inactive_or_unknown_account_may_edit_nothing() {
            udata.on("GET", "/users/inactive/", Reply.message(410, "User is not active"));
            udata.on("GET", "/users/asleep/", Reply.ok(user("asleep", "A", "Sleep", null, "[]", false)));

            assertThat(adapter.members().editRights(new UserId("inactive"), SIG, dataset)).isEqualTo(EditRights.NOBODY);
            assertThat(adapter.members().editRights(new UserId("asleep"), SIG, dataset)).isEqualTo(EditRights.NOBODY);
            assertThat(adapter.members().editRights(new UserId("unknown"), SIG, dataset)).isEqualTo(EditRights.NOBODY);
        }

        @Test
        void a_usable_non_member_has_no_role() {
            udata.on("GET", "/users/stranger/", Reply.ok(user("stranger", "A", "Stranger", null, "[]", true)));

            assertThat(adapter.members().editRights(new UserId("stranger"), SIG, dataset))
                    .isEqualTo(new EditRights(true, false, Optional.empty(), false));
        }
    }

    @Nested
    class Writes {
        @Test
        void a_role_change_puts_the_role_in_udatas_spelling() {
            udata.on("PUT", SIG_PATH + "member/" + MICHAEL.value() + "/", Reply.ok("{\"role\": \"partial_editor\"}"));

            adapter.members().changeRole(SIG, MICHAEL, MemberRole.PARTIAL_EDITOR);

            var request = udata.lastRequest();
            assertThat(request.line()).isEqualTo("PUT " + SIG_PATH + "member/" + MICHAEL.value() + "/");
            assertThat(json(request.body())).isEqualTo(json("{\"role\": \"partial_editor\"}"));
        }

        @Test
        void changing_the_role_of_a_non_member_is_not_found_and_by_an_editor_forbidden() {
            udata.once("PUT", SIG_PATH + "member/x/", Reply.json(404, "{\"message\": \"Not Found\"}"),
                    Reply.message(403, "You do not have the permission to modify that object."));

            assertThatThrownBy(() -> adapter.members().changeRole(SIG, new UserId("x"), MemberRole.ADMIN))
                    .isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> adapter.members().changeRole(SIG, new UserId("x"), MemberRole.ADMIN))
                    .isInstanceOf(Forbidden.class);
        }

        @Test
        void removing_a_member_is_a_delete() {
            udata.on("DELETE", SIG_PATH + "member/" + MICHAEL.value() + "/", Reply.noContent());

            adapter.members().remove(SIG, MICHAEL);

            assertThat(udata.lastRequest().line()).isEqualTo("DELETE " + SIG_PATH + "member/" + MICHAEL.value() + "/");
            assertThat(udata.lastRequest().body()).isNull();
        }
    }
}
