package io.memberkit.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.application.port.out.MemberFilter;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.CursorPage;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.Conflict;
import io.memberkit.domain.membership.Acceptance;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MemberCursor;
import io.memberkit.domain.membership.MemberDetails;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.permission.EditRights;
import io.memberkit.domain.testing.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What every {@code MemberRepository} does. */
public abstract class MemberRepositoryContract extends PortContract {

    @Test
    protected void a_user_is_a_member_of_an_organization_at_most_once() {
        var admin = aUser();
        var organization = organizationOf(admin);
        var invitation = invitation(organization, admin, new Invitee.Known(admin.id()), MemberRole.EDITOR, Set.of(), t(1));
        run(() -> out.requests().invite(invitation));

        assertThatThrownBy(() -> run(() -> out.requests().acceptInvitation(new Acceptance(
                accepted(invitation, admin, t(2)), new Member(organization.id(), admin.id(), MemberRole.EDITOR, t(2)),
                List.of())))).isInstanceOf(Conflict.class);
        assertThat(out.members().find(organization.id(), admin.id())).get()
                .extracting(Member::role).isEqualTo(MemberRole.ADMIN);
    }


    @Test
    void members_are_listed_with_their_accounts_oldest_first_and_paged() {
        var admin = user(TestUsers.aUser().named("Alice", "Admin"));
        var organization = organizationOf(admin);
        var bob = user(TestUsers.aUser().named("Bob", "Editor"));
        var carol = user(TestUsers.aUser().named("Carol", "Partial"));
        member(organization, carol, MemberRole.PARTIAL_EDITOR, t(20));
        member(organization, bob, MemberRole.EDITOR, t(10));

        var first = out.members().list(organization.id(), Optional.empty(), new PageRequest(1, 2));
        var second = out.members().list(organization.id(), Optional.empty(), new PageRequest(2, 2));

        assertThat(first.items()).extracting(d -> d.user().firstName()).containsExactly("Alice", "Bob");
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.items()).extracting(d -> d.member().role()).containsExactly(MemberRole.PARTIAL_EDITOR);
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void members_are_filtered_by_role() {
        var admin = aUser();
        var organization = organizationOf(admin);
        member(organization, aUser(), MemberRole.EDITOR, t(1));
        member(organization, aUser(), MemberRole.EDITOR, t(2));

        var editors = out.members().list(organization.id(), Optional.of(MemberRole.EDITOR), PageRequest.firstPage());

        assertThat(editors.total()).isEqualTo(2);
        assertThat(editors.items()).extracting(MemberDetails::member).extracting(Member::role)
                .containsOnly(MemberRole.EDITOR);
    }

    @Test
    void members_are_searched_by_a_prefix_of_their_first_name_last_name_or_email_ignoring_case() {
        var admin = user(TestUsers.aUser().named("Alice", "Admin").email("alice@agglo.example.org"));
        var organization = organizationOf(admin);
        var bob = user(TestUsers.aUser().named("Bob", "Martin").email("b.martin@example.org"));
        var chloe = user(TestUsers.aUser().named("Chloé", "Marty").email("chloe@example.org"));
        var denis = user(TestUsers.aUser().named("Denis", "Albert").email("dalbert@example.org"));
        var outsider = user(TestUsers.aUser().named("Martin", "Outsider"));
        member(organization, bob, MemberRole.EDITOR, t(1));
        member(organization, chloe, MemberRole.PARTIAL_EDITOR, t(2));
        member(organization, denis, MemberRole.EDITOR, t(3));
        organizationOf(outsider);

        assertThat(names(organization, Optional.empty(), "MART")).containsExactly("Bob", "Chloé");
        assertThat(names(organization, Optional.empty(), "chlo")).containsExactly("Chloé");
        assertThat(names(organization, Optional.empty(), "al")).containsExactly("Alice", "Denis");
        assertThat(names(organization, Optional.empty(), "b.mar")).containsExactly("Bob");
        assertThat(names(organization, Optional.of(MemberRole.EDITOR), "mart")).containsExactly("Bob");
        assertThat(names(organization, Optional.empty(), "zz")).isEmpty();
        var paged = out.members().list(organization.id(), new MemberFilter(Optional.empty(), Optional.of("a")),
                new PageRequest(1, 1));
        assertThat(paged.total()).isEqualTo(2);
        assertThat(paged.hasNext()).isTrue();
    }

    private List<String> names(Organization organization,
                               Optional<MemberRole> role, String q) {
        return out.members().list(organization.id(), new MemberFilter(role, Optional.of(q)), PageRequest.firstPage())
                .items().stream().map(d -> d.user().firstName()).toList();
    }

    @Test
    void members_are_counted_per_role_with_every_role_present() {
        var admin = aUser();
        var organization = organizationOf(admin);
        var other = organizationOf(aUser());
        member(organization, aUser(), MemberRole.EDITOR, t(1));
        member(organization, aUser(), MemberRole.EDITOR, t(2));
        member(other, aUser(), MemberRole.PARTIAL_EDITOR, t(3));

        assertThat(out.members().countByRole(organization.id())).containsOnly(
                Map.entry(MemberRole.ADMIN, 1L), Map.entry(MemberRole.EDITOR, 2L),
                Map.entry(MemberRole.PARTIAL_EDITOR, 0L));
    }

    @Test
    void memberships_of_a_user_leave_out_deleted_organizations() {
        var admin = aUser();
        var kept = organizationOf(admin);
        var deleted = organizationOf(admin);
        run(() -> out.organizations().markDeleted(deleted.deletedAt(t(5))));

        assertThat(out.members().membershipsOf(admin.id())).extracting(Member::organization)
                .containsExactly(kept.id());
    }

    @Test
    void admins_are_counted() {
        var admin = aUser();
        var organization = organizationOf(admin);
        member(organization, aUser(), MemberRole.ADMIN, t(1));
        member(organization, aUser(), MemberRole.EDITOR, t(2));

        assertThat(out.members().countAdmins(organization.id())).isEqualTo(2);
    }

    @Nested
    class CursorPaging {
        private CursorPage<MemberDetails> after(Organization organization,
                                                Optional<MemberRole> role, CursorPage<MemberDetails> previous,
                                                int size) {
            var cursor = previous == null ? Optional.<MemberCursor>empty()
                    : previous.next().map(MemberCursor::parse);
            return out.members().listAfter(organization.id(), role, cursor, size);
        }

        private List<String> firstNames(CursorPage<MemberDetails> page) {
            return page.items().stream().map(d -> d.user().firstName()).toList();
        }

        @Test
        void members_are_read_page_after_page_oldest_first_ties_by_user_id() {
            var admin = user(TestUsers.aUser().named("Alice", "Admin"));
            var organization = organizationOf(admin);
            member(organization, user(TestUsers.aUser().id("tie-b").named("Dave", "Later")), MemberRole.EDITOR, t(20));
            member(organization, user(TestUsers.aUser().named("Bob", "Editor")), MemberRole.EDITOR, t(10));
            member(organization, user(TestUsers.aUser().named("Erin", "Last")), MemberRole.PARTIAL_EDITOR, t(30));
            member(organization, user(TestUsers.aUser().id("tie-a").named("Carol", "Same")), MemberRole.ADMIN, t(20));

            var first = after(organization, Optional.empty(), null, 2);
            var second = after(organization, Optional.empty(), first, 2);
            var third = after(organization, Optional.empty(), second, 2);

            assertThat(firstNames(first)).containsExactly("Alice", "Bob");
            assertThat(firstNames(second)).containsExactly("Carol", "Dave");
            assertThat(firstNames(third)).containsExactly("Erin");
            assertThat(first.hasNext()).isTrue();
            assertThat(second.hasNext()).isTrue();
            assertThat(third.hasNext()).isFalse();
            assertThat(third.items().get(0).member().role()).isEqualTo(MemberRole.PARTIAL_EDITOR);
        }

        @Test
        void the_order_is_the_order_of_the_offset_pages() {
            var admin = aUser();
            var organization = organizationOf(admin);
            for (int i = 0; i < 7; i++) {
                member(organization, aUser(), MemberRole.EDITOR, t(i % 3 + 1));
            }

            var byOffset = out.members().list(organization.id(), Optional.empty(), new PageRequest(1, 100)).items();
            var byCursor = new ArrayList<MemberDetails>();
            CursorPage<MemberDetails> page = null;
            do {
                page = after(organization, Optional.empty(), page, 3);
                byCursor.addAll(page.items());
            } while (page.hasNext());

            assertThat(byCursor).extracting(d -> d.member().user()).containsExactlyElementsOf(
                    byOffset.stream().map(d -> d.member().user()).toList());
        }

        @Test
        void a_last_page_that_is_exactly_full_has_no_next() {
            var admin = aUser();
            var organization = organizationOf(admin);
            member(organization, aUser(), MemberRole.EDITOR, t(1));

            var page = after(organization, Optional.empty(), null, 2);

            assertThat(page.items()).hasSize(2);
            assertThat(page.next()).isEmpty();
        }

        @Test
        void members_of_one_role_are_read_by_cursor() {
            var admin = aUser();
            var organization = organizationOf(admin);
            member(organization, user(TestUsers.aUser().named("Ed", "One")), MemberRole.EDITOR, t(1));
            member(organization, aUser(), MemberRole.PARTIAL_EDITOR, t(2));
            member(organization, user(TestUsers.aUser().named("Flo", "Two")), MemberRole.EDITOR, t(3));
            member(organization, user(TestUsers.aUser().named("Gus", "Three")), MemberRole.EDITOR, t(4));

            var first = after(organization, Optional.of(MemberRole.EDITOR), null, 2);
            var second = after(organization, Optional.of(MemberRole.EDITOR), first, 2);

            assertThat(firstNames(first)).containsExactly("Ed", "Flo");
            assertThat(firstNames(second)).containsExactly("Gus");
            assertThat(second.hasNext()).isFalse();
        }

        @Test
        void a_cursor_still_resumes_after_its_member_has_left() {
            var admin = user(TestUsers.aUser().named("Alice", "Admin"));
            var organization = organizationOf(admin);
            var bob = user(TestUsers.aUser().named("Bob", "Leaves"));
            member(organization, bob, MemberRole.EDITOR, t(10));
            member(organization, user(TestUsers.aUser().named("Carol", "Stays")), MemberRole.EDITOR, t(20));

            var first = after(organization, Optional.empty(), null, 2);
            run(() -> out.members().remove(organization.id(), bob.id()));
            var second = after(organization, Optional.empty(), first, 2);

            assertThat(firstNames(first)).containsExactly("Alice", "Bob");
            assertThat(firstNames(second)).containsExactly("Carol");
        }

        @Test
        void a_role_nobody_holds_gives_an_empty_page() {
            var organization = organizationOf(aUser());

            var page = out.members().listAfter(organization.id(),
                    Optional.of(MemberRole.PARTIAL_EDITOR), Optional.empty(), 20);

            assertThat(page.items()).isEmpty();
            assertThat(page.hasNext()).isFalse();
        }
    }

    @Nested
    class RoleChanges {
        @Test
        void a_role_change_is_kept() {
            var admin = aUser();
            var organization = organizationOf(admin);
            var editor = aUser();
            member(organization, editor, MemberRole.EDITOR, t(1));

            run(() -> out.members().changeRole(organization.id(), editor.id(), MemberRole.ADMIN));

            assertThat(out.members().find(organization.id(), editor.id())).get()
                    .extracting(Member::role).isEqualTo(MemberRole.ADMIN);
        }

        @Test
        void leaving_the_partial_editor_role_drops_the_assignments() {
            var admin = aUser();
            var organization = organizationOf(admin);
            var partial = aUser();
            var dataset = subject(organization, "ds-1");
            member(organization, partial, MemberRole.PARTIAL_EDITOR, t(1), dataset);

            run(() -> out.members().changeRole(organization.id(), partial.id(), MemberRole.EDITOR));

            assertThat(out.assignments().of(organization.id(), partial.id())).isEmpty();
        }

        @Test
        void staying_a_partial_editor_keeps_the_assignments() {
            var admin = aUser();
            var organization = organizationOf(admin);
            var partial = aUser();
            var dataset = subject(organization, "ds-1");
            member(organization, partial, MemberRole.PARTIAL_EDITOR, t(1), dataset);

            run(() -> out.members().changeRole(organization.id(), partial.id(), MemberRole.PARTIAL_EDITOR));

            assertThat(out.assignments().of(organization.id(), partial.id())).hasSize(1);
        }

        @Test
        void a_removed_member_loses_their_assignments() {
            var admin = aUser();
            var organization = organizationOf(admin);
            var partial = aUser();
            var dataset = subject(organization, "ds-1");
            member(organization, partial, MemberRole.PARTIAL_EDITOR, t(1), dataset);

            run(() -> out.members().remove(organization.id(), partial.id()));

            assertThat(out.members().find(organization.id(), partial.id())).isEmpty();
            assertThat(out.assignments().of(organization.id(), partial.id())).isEmpty();
            assertThat(out.organizations().find(organization.id()).orElseThrow().metrics().members()).isEqualTo(1);
        }
    }

    @Nested
    class EditRightsLookup {
        @Test
        void an_admin_has_the_admin_role_and_no_assignment() {
            var admin = aUser();
            var organization = organizationOf(admin);

            assertThat(out.members().editRights(admin.id(), organization.id(), SubjectRef.dataset("any")))
                    .isEqualTo(new EditRights(true, false, Optional.of(MemberRole.ADMIN), false));
        }

        @Test
        void a_partial_editor_is_assigned_only_their_objects() {
            var admin = aUser();
            var organization = organizationOf(admin);
            var partial = aUser();
            var mine = subject(organization, "mine");
            subject(organization, "other");
            member(organization, partial, MemberRole.PARTIAL_EDITOR, t(1), mine);

            assertThat(out.members().editRights(partial.id(), organization.id(), mine).assigned()).isTrue();
            assertThat(out.members().editRights(partial.id(), organization.id(), SubjectRef.dataset("other"))
                    .assigned()).isFalse();
        }

        @Test
        void a_site_admin_outside_the_organization_is_known_as_site_admin() {
            var organization = organizationOf(aUser());
            var siteAdmin = user(TestUsers.aSiteAdmin());

            assertThat(out.members().editRights(siteAdmin.id(), organization.id(), SubjectRef.dataset("x")))
                    .isEqualTo(new EditRights(true, true, Optional.empty(), false));
        }

        @Test
        void an_inactive_user_is_not_usable_and_an_unknown_one_is_nobody() {
            var organization = organizationOf(aUser());
            var inactive = user(TestUsers.aUser().inactive());

            assertThat(out.members().editRights(inactive.id(), organization.id(), SubjectRef.dataset("x"))
                    .userUsable()).isFalse();
            assertThat(out.members().editRights(new UserId("ghost"), organization.id(), SubjectRef.dataset("x")))
                    .isEqualTo(EditRights.NOBODY);
        }
    }
}
