package io.memberkit.application.usecase;

import static io.memberkit.application.fake.World.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.application.fake.World;
import io.memberkit.application.port.in.permission.GetOrganizationPermissions;
import io.memberkit.application.port.in.permission.GetOrganizationPermissionsUseCase;
import io.memberkit.application.port.in.permission.MayEdit;
import io.memberkit.application.port.in.permission.MayEditUseCase;
import io.memberkit.application.port.in.user.UpdateUser;
import io.memberkit.application.port.in.user.UpdateUserUseCase;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.error.NotFound;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.permission.OrganizationPermissions;
import io.memberkit.domain.user.User;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PermissionUseCasesTest {
    private final World world = new World();
    private final GetOrganizationPermissionsUseCase permissions = world.permissions;
    private final MayEditUseCase mayEdit = world.permissions;
    private final UpdateUserUseCase updateUser = world.users;

    private final User admin = world.aUser();
    private final Organization organization = world.organizationOf(admin);
    private final SubjectRef assigned = world.subjectOf(organization, "ds-assigned");
    private final SubjectRef unassigned = world.subjectOf(organization, "ds-unassigned");

    private User memberAs(MemberRole role) {
        var user = world.aUser();
        world.member(organization, admin, user, role,
                role == MemberRole.PARTIAL_EDITOR ? Set.of(assigned) : Set.of());
        return user;
    }

    private OrganizationPermissions of(Actor actor) {
        return permissions.get(new GetOrganizationPermissions(actor, organization.id()));
    }

    private boolean mayEdit(Actor actor, SubjectRef subject) {
        return mayEdit.mayEdit(new MayEdit(actor, organization.id(), subject));
    }

    @Nested
    class ThePermissionObjectAsUdataComputesIt {
        @Test
        void an_organization_admin_has_every_permission() {
            assertThat(of(as(admin))).isEqualTo(new OrganizationPermissions(true, true, true, true, true));
        }

        @Test
        void a_site_admin_has_every_permission_without_being_a_member() {
            assertThat(of(as(world.aSiteAdmin()))).isEqualTo(OrganizationPermissions.ALL);
        }

        @Test
        void an_editor_only_sees_private_content() {
            assertThat(of(as(memberAs(MemberRole.EDITOR))))
                    .isEqualTo(new OrganizationPermissions(false, false, false, false, true));
        }

        @Test
        void a_partial_editor_has_no_organization_permission() {
            assertThat(of(as(memberAs(MemberRole.PARTIAL_EDITOR)))).isEqualTo(OrganizationPermissions.NONE);
        }

        @Test
        void another_user_and_an_anonymous_reader_have_none() {
            assertThat(of(as(world.aUser()))).isEqualTo(new OrganizationPermissions(false, false, false, false,
                    false));
            assertThat(of(Actor.anonymous())).isEqualTo(OrganizationPermissions.NONE);
        }

        @Test
        void an_unknown_organization_is_not_found() {
            assertThatThrownBy(() -> permissions.get(new GetOrganizationPermissions(as(admin),
                    new OrganizationId("nope")))).isInstanceOf(NotFound.class);
        }
    }

    @Nested
    class MayEditAnObjectOfTheOrganization {
        @Test
        void admins_and_editors_may_edit_any_object() {
            var editor = memberAs(MemberRole.EDITOR);

            assertThat(mayEdit(as(admin), unassigned)).isTrue();
            assertThat(mayEdit(as(editor), assigned)).isTrue();
            assertThat(mayEdit(as(editor), unassigned)).isTrue();
        }

        @Test
        void a_site_admin_may_edit_without_being_a_member() {
            assertThat(mayEdit(as(world.aSiteAdmin()), unassigned)).isTrue();
        }

        @Test
        void a_partial_editor_may_edit_what_is_assigned_to_them_only() {
            var partial = memberAs(MemberRole.PARTIAL_EDITOR);

            assertThat(mayEdit(as(partial), assigned)).isTrue();
            assertThat(mayEdit(as(partial), unassigned)).isFalse();
        }

        @Test
        void a_user_who_is_not_a_member_may_not() {
            assertThat(mayEdit(as(world.aUser()), unassigned)).isFalse();
        }

        @Test
        void an_anonymous_reader_may_not() {
            assertThat(mayEdit(Actor.anonymous(), unassigned)).isFalse();
        }

        @Test
        void an_editor_whose_account_was_deactivated_may_not() {
            var editor = memberAs(MemberRole.EDITOR);
            updateUser.update(new UpdateUser(as(world.aSiteAdmin()), editor.id(), null, Optional.empty(),
                    Optional.of(false)));

            assertThat(mayEdit(as(editor), unassigned)).isFalse();
        }
    }
}
