package io.memberkit.domain.permission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.MaskedEmail;
import io.memberkit.domain.error.Forbidden;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.testing.TestMembers;
import io.memberkit.domain.testing.TestOrganizations;
import io.memberkit.domain.testing.TestUsers;
import io.memberkit.domain.user.User;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PermissionsTest {
    private final Organization organization = TestOrganizations.anOrganization().build();
    private final User viewer = TestUsers.aUser().build();
    private final User siteAdmin = TestUsers.aSiteAdmin().build();

    private Optional<Member> as(MemberRole role) {
        return Optional.of(TestMembers.anAdmin().of(organization).user(viewer).role(role).build());
    }

    @Nested
    class The_permission_object_follows_the_role {
        @Test
        void an_admin_has_every_permission() {
            assertThat(Permissions.on(Optional.of(viewer), as(MemberRole.ADMIN))).isEqualTo(OrganizationPermissions.ALL);
        }

        @Test
        void an_editor_sees_private_content_but_manages_nothing() {
            assertThat(Permissions.on(Optional.of(viewer), as(MemberRole.EDITOR)))
                    .isEqualTo(new OrganizationPermissions(false, false, false, false, true));
        }

        @Test
        void a_partial_editor_an_outsider_and_an_anonymous_viewer_have_none() {
            assertThat(Permissions.on(Optional.of(viewer), as(MemberRole.PARTIAL_EDITOR)))
                    .isEqualTo(OrganizationPermissions.NONE);
            assertThat(Permissions.on(Optional.of(viewer), Optional.empty())).isEqualTo(OrganizationPermissions.NONE);
            assertThat(Permissions.on(Optional.empty(), Optional.empty())).isEqualTo(OrganizationPermissions.NONE);
        }

        @Test
        void a_site_admin_has_every_permission_without_being_a_member() {
            assertThat(Permissions.on(Optional.of(siteAdmin), Optional.empty())).isEqualTo(OrganizationPermissions.ALL);
        }

        @Test
        void an_inactive_or_deleted_account_has_none_whatever_its_role() {
            var inactiveAdmin = TestUsers.aSiteAdmin().inactive().build();
            var deleted = TestUsers.aUser().deleted().build();

            assertThat(Permissions.on(Optional.of(inactiveAdmin), Optional.empty()))
                    .isEqualTo(OrganizationPermissions.NONE);
            assertThat(Permissions.on(Optional.of(deleted),
                    Optional.of(TestMembers.anAdmin().of(organization).user(deleted).build())))
                    .isEqualTo(OrganizationPermissions.NONE);
        }
    }

    @Nested
    class Editing_and_deleting_the_organization_and_managing_members_is_for_admins {
        @Test
        void an_admin_may() {
            assertThatCode(() -> {
                Permissions.requireEdit(Optional.of(viewer), as(MemberRole.ADMIN));
                Permissions.requireDelete(Optional.of(viewer), as(MemberRole.ADMIN));
                Permissions.requireMembers(Optional.of(viewer), as(MemberRole.ADMIN));
            }).doesNotThrowAnyException();
        }

        @Test
        void an_editor_is_forbidden() {
            assertThatThrownBy(() -> Permissions.requireEdit(Optional.of(viewer), as(MemberRole.EDITOR)))
                    .isInstanceOf(Forbidden.class);
            assertThatThrownBy(() -> Permissions.requireDelete(Optional.of(viewer), as(MemberRole.EDITOR)))
                    .isInstanceOf(Forbidden.class);
            assertThatThrownBy(() -> Permissions.requireMembers(Optional.of(viewer), as(MemberRole.EDITOR)))
                    .isInstanceOf(Forbidden.class);
        }
    }

    @Nested
    class Private_content_is_for_admins_and_editors {
        @Test
        void an_editor_may_see_it() {
            assertThatCode(() -> Permissions.requirePrivate(Optional.of(viewer), as(MemberRole.EDITOR)))
                    .doesNotThrowAnyException();
        }

        @Test
        void a_partial_editor_or_an_anonymous_viewer_is_forbidden() {
            assertThatThrownBy(() -> Permissions.requirePrivate(Optional.of(viewer), as(MemberRole.PARTIAL_EDITOR)))
                    .isInstanceOf(Forbidden.class);
            assertThatThrownBy(() -> Permissions.requirePrivate(Optional.empty(), Optional.empty()))
                    .isInstanceOf(Forbidden.class);
        }
    }

    @Nested
    class A_deleted_organization_stays_visible_to_its_members_and_site_admins {
        @Test
        void members_and_site_admins_see_it() {
            assertThat(Permissions.maySeeDeleted(Optional.of(viewer), as(MemberRole.PARTIAL_EDITOR))).isTrue();
            assertThat(Permissions.maySeeDeleted(Optional.of(siteAdmin), Optional.empty())).isTrue();
        }

        @Test
        void outsiders_anonymous_viewers_and_gone_accounts_do_not() {
            assertThat(Permissions.maySeeDeleted(Optional.of(viewer), Optional.empty())).isFalse();
            assertThat(Permissions.maySeeDeleted(Optional.empty(), Optional.empty())).isFalse();
            assertThat(Permissions.maySeeDeleted(Optional.of(TestUsers.aSiteAdmin().inactive().build()),
                    Optional.empty())).isFalse();
        }
    }

    @Nested
    class Badges_are_for_site_admins {
        @Test
        void a_site_admin_may() {
            assertThatCode(() -> Permissions.requireSiteAdmin(siteAdmin)).doesNotThrowAnyException();
        }

        @Test
        void an_organization_admin_is_forbidden() {
            assertThatThrownBy(() -> Permissions.requireSiteAdmin(viewer)).isInstanceOf(Forbidden.class);
        }
    }

    @Nested
    class May_a_user_edit_an_object_of_an_organization {
        // usable, siteAdmin, role (empty: not a member), assigned -> may edit
        @ParameterizedTest(name = "usable={0} siteAdmin={1} role={2} assigned={3} -> {4}")
        @CsvSource(nullValues = "-", value = {
                "true,  true,  -,              false, true",
                "true,  false, ADMIN,          false, true",
                "true,  false, EDITOR,         false, true",
                "true,  false, PARTIAL_EDITOR, true,  true",
                "true,  false, PARTIAL_EDITOR, false, false",
                "true,  false, -,              true,  false",
                "true,  false, -,              false, false",
                "false, true,  ADMIN,          true,  false",
                "false, false, EDITOR,         true,  false",
        })
        void the_truth_table(boolean usable, boolean siteAdmin, MemberRole role, boolean assigned, boolean mayEdit) {
            var rights = new EditRights(usable, siteAdmin, Optional.ofNullable(role), assigned);

            assertThat(Permissions.mayEdit(rights)).isEqualTo(mayEdit);
        }

        @Test
        void nobody_may_edit_anything() {
            assertThat(Permissions.mayEdit(EditRights.NOBODY)).isFalse();
        }
    }

    @Nested
    class A_members_email_as_each_viewer_sees_it {
        private final EmailAddress email = new EmailAddress("admin@example.org");

        @Test
        void a_site_admin_sees_it_in_full() {
            assertThat(Permissions.visibleMemberEmail(Optional.of(siteAdmin), Optional.empty(), email)).contains(email);
        }

        @Test
        void the_organizations_admins_and_editors_see_two_letters() {
            var masked = new MaskedEmail("ad***@example.org");

            assertThat(Permissions.visibleMemberEmail(Optional.of(viewer), as(MemberRole.ADMIN), email)).contains(masked);
            assertThat(Permissions.visibleMemberEmail(Optional.of(viewer), as(MemberRole.EDITOR), email)).contains(masked);
        }

        @Test
        void partial_editors_outsiders_and_anonymous_viewers_see_only_the_domain() {
            var domainOnly = new MaskedEmail("***@example.org");

            assertThat(Permissions.visibleMemberEmail(Optional.of(viewer), as(MemberRole.PARTIAL_EDITOR), email))
                    .contains(domainOnly);
            assertThat(Permissions.visibleMemberEmail(Optional.of(viewer), Optional.empty(), email))
                    .contains(domainOnly);
            assertThat(Permissions.visibleMemberEmail(Optional.empty(), Optional.empty(), email)).contains(domainOnly);
        }

        @Test
        void an_email_the_remote_already_masked_is_shown_as_received() {
            var masked = new MaskedEmail("ad***@example.org");

            assertThat(Permissions.visibleMemberEmail(Optional.of(siteAdmin), Optional.empty(), masked)).contains(masked);
            assertThat(Permissions.visibleMemberEmail(Optional.empty(), Optional.empty(), masked)).contains(masked);
        }

        @Test
        void no_email_shows_none() {
            assertThat(Permissions.visibleMemberEmail(Optional.of(siteAdmin), Optional.empty(), null)).isEmpty();
        }
    }

    @Nested
    class A_users_email_is_for_themselves_and_site_admins {
        private final User ada = TestUsers.aUser().email("ada@example.org").build();

        @Test
        void the_user_and_a_site_admin_see_it() {
            assertThat(Permissions.visibleUserEmail(Optional.of(ada), ada)).contains(ada.email());
            assertThat(Permissions.visibleUserEmail(Optional.of(siteAdmin), ada)).contains(ada.email());
        }

        @Test
        void a_third_party_or_an_anonymous_viewer_sees_none_as_udata_null() {
            assertThat(Permissions.visibleUserEmail(Optional.of(viewer), ada)).isEmpty();
            assertThat(Permissions.visibleUserEmail(Optional.empty(), ada)).isEmpty();
        }
    }
}
