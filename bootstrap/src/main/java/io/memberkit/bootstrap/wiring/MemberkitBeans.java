package io.memberkit.bootstrap.wiring;

import io.memberkit.application.port.in.assignment.ListAssignmentsUseCase;
import io.memberkit.application.port.in.assignment.GetSubjectUseCase;
import io.memberkit.application.port.in.assignment.RegisterSubjectUseCase;
import io.memberkit.application.port.in.assignment.RemoveSubjectUseCase;
import io.memberkit.application.port.in.assignment.SyncAssignmentsUseCase;
import io.memberkit.application.port.in.audit.ListAuditTrailUseCase;
import io.memberkit.application.port.in.follow.ListFollowersUseCase;
import io.memberkit.application.port.in.follow.StartFollowingUseCase;
import io.memberkit.application.port.in.follow.StopFollowingUseCase;
import io.memberkit.application.port.in.me.AcceptInvitationUseCase;
import io.memberkit.application.port.in.me.DeleteMyAccountUseCase;
import io.memberkit.application.port.in.me.GetMeUseCase;
import io.memberkit.application.port.in.me.GetMyMembershipUseCase;
import io.memberkit.application.port.in.me.ListMyInvitationsUseCase;
import io.memberkit.application.port.in.me.ListMyOrganizationsUseCase;
import io.memberkit.application.port.in.me.RefuseInvitationUseCase;
import io.memberkit.application.port.in.me.UpdateMyProfileUseCase;
import io.memberkit.application.port.in.member.AddMemberUseCase;
import io.memberkit.application.port.in.member.ChangeMemberRoleUseCase;
import io.memberkit.application.port.in.member.InviteMemberUseCase;
import io.memberkit.application.port.in.member.ListMembersUseCase;
import io.memberkit.application.port.in.member.RemoveMemberUseCase;
import io.memberkit.application.port.in.organization.AddBadgeUseCase;
import io.memberkit.application.port.in.organization.CreateOrganizationUseCase;
import io.memberkit.application.port.in.organization.DeleteOrganizationUseCase;
import io.memberkit.application.port.in.organization.GetOrganizationUseCase;
import io.memberkit.application.port.in.organization.ListMemberRolesUseCase;
import io.memberkit.application.port.in.organization.ListOrganizationsUseCase;
import io.memberkit.application.port.in.organization.RemoveBadgeUseCase;
import io.memberkit.application.port.in.organization.SuggestOrganizationsUseCase;
import io.memberkit.application.port.in.organization.UpdateOrganizationUseCase;
import io.memberkit.application.port.in.permission.GetOrganizationPermissionsUseCase;
import io.memberkit.application.port.in.permission.MayEditUseCase;
import io.memberkit.application.port.in.request.AcceptMembershipRequestUseCase;
import io.memberkit.application.port.in.request.CancelInvitationUseCase;
import io.memberkit.application.port.in.request.ListMembershipRequestsUseCase;
import io.memberkit.application.port.in.request.RefuseMembershipRequestUseCase;
import io.memberkit.application.port.in.request.RequestMembershipUseCase;
import io.memberkit.application.port.in.user.CreateUserUseCase;
import io.memberkit.application.port.in.user.DeleteUserUseCase;
import io.memberkit.application.port.in.user.GetUserUseCase;
import io.memberkit.application.port.in.user.ListSiteRolesUseCase;
import io.memberkit.application.port.in.user.ListUsersUseCase;
import io.memberkit.application.port.in.user.PromoteFirstSiteAdminUseCase;
import io.memberkit.application.port.in.user.RegisterUserUseCase;
import io.memberkit.application.port.in.user.SuggestUsersUseCase;
import io.memberkit.application.port.in.user.UpdateUserUseCase;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * memberkit's use cases as beans of a Micronaut application, switched on by one line of configuration:
 * {@code memberkit.enabled: true}. memberkit is built by the same {@link Memberkit} builder plain Java callers
 * use, over the application's own {@code DataSource}, in its own schema ({@code memberkit.schema}, default
 * {@value Memberkit#DEFAULT_PLATFORM_SCHEMA}) with its own migrations; the application's beans implementing
 * {@link EventListener} receive the events after each commit. memberkit's adapters run in a context of their own,
 * so its data source settings and migrations never mix with the application's.
 */
@Factory
@Requires(property = "memberkit.enabled", value = "true")
public class MemberkitBeans {

    @Singleton
    @Bean(preDestroy = "close")
    Memberkit memberkit(DataSource dataSource, @Property(name = "memberkit.schema") Optional<String> schema,
                        @Property(name = "memberkit.invitation-ttl") Optional<Duration> invitationTtl,
                        List<EventListener> listeners) {
        var builder = Memberkit.builder().dataSource(dataSource);
        schema.ifPresent(builder::schema);
        invitationTtl.ifPresent(builder::invitationTtl);
        listeners.forEach(builder::onEvent);
        return builder.build();
    }

    @Singleton
    UseCases useCases(Memberkit memberkit) {
        return memberkit.useCases();
    }

    @Singleton
    ListAssignmentsUseCase listAssignments(UseCases useCases) {
        return useCases.listAssignments();
    }

    @Singleton
    GetSubjectUseCase getSubject(UseCases useCases) {
        return useCases.getSubject();
    }

    @Singleton
    RegisterSubjectUseCase registerSubject(UseCases useCases) {
        return useCases.registerSubject();
    }

    @Singleton
    RemoveSubjectUseCase removeSubject(UseCases useCases) {
        return useCases.removeSubject();
    }

    @Singleton
    SyncAssignmentsUseCase syncAssignments(UseCases useCases) {
        return useCases.syncAssignments();
    }

    @Singleton
    ListAuditTrailUseCase listAuditTrail(UseCases useCases) {
        return useCases.listAuditTrail();
    }

    @Singleton
    ListFollowersUseCase listFollowers(UseCases useCases) {
        return useCases.listFollowers();
    }

    @Singleton
    StartFollowingUseCase startFollowing(UseCases useCases) {
        return useCases.startFollowing();
    }

    @Singleton
    StopFollowingUseCase stopFollowing(UseCases useCases) {
        return useCases.stopFollowing();
    }

    @Singleton
    AcceptInvitationUseCase acceptInvitation(UseCases useCases) {
        return useCases.acceptInvitation();
    }

    @Singleton
    DeleteMyAccountUseCase deleteMyAccount(UseCases useCases) {
        return useCases.deleteMyAccount();
    }

    @Singleton
    GetMeUseCase getMe(UseCases useCases) {
        return useCases.getMe();
    }

    @Singleton
    ListMyInvitationsUseCase listMyInvitations(UseCases useCases) {
        return useCases.listMyInvitations();
    }

    @Singleton
    ListMyOrganizationsUseCase listMyOrganizations(UseCases useCases) {
        return useCases.listMyOrganizations();
    }

    @Singleton
    GetMyMembershipUseCase getMyMembership(UseCases useCases) {
        return useCases.getMyMembership();
    }

    @Singleton
    RefuseInvitationUseCase refuseInvitation(UseCases useCases) {
        return useCases.refuseInvitation();
    }

    @Singleton
    UpdateMyProfileUseCase updateMyProfile(UseCases useCases) {
        return useCases.updateMyProfile();
    }

    @Singleton
    ChangeMemberRoleUseCase changeMemberRole(UseCases useCases) {
        return useCases.changeMemberRole();
    }

    @Singleton
    InviteMemberUseCase inviteMember(UseCases useCases) {
        return useCases.inviteMember();
    }

    @Singleton
    AddMemberUseCase addMember(UseCases useCases) {
        return useCases.addMember();
    }

    @Singleton
    ListMembersUseCase listMembers(UseCases useCases) {
        return useCases.listMembers();
    }

    @Singleton
    RemoveMemberUseCase removeMember(UseCases useCases) {
        return useCases.removeMember();
    }

    @Singleton
    AddBadgeUseCase addBadge(UseCases useCases) {
        return useCases.addBadge();
    }

    @Singleton
    CreateOrganizationUseCase createOrganization(UseCases useCases) {
        return useCases.createOrganization();
    }

    @Singleton
    DeleteOrganizationUseCase deleteOrganization(UseCases useCases) {
        return useCases.deleteOrganization();
    }

    @Singleton
    GetOrganizationUseCase getOrganization(UseCases useCases) {
        return useCases.getOrganization();
    }

    @Singleton
    ListMemberRolesUseCase listMemberRoles(UseCases useCases) {
        return useCases.listMemberRoles();
    }

    @Singleton
    ListOrganizationsUseCase listOrganizations(UseCases useCases) {
        return useCases.listOrganizations();
    }

    @Singleton
    RemoveBadgeUseCase removeBadge(UseCases useCases) {
        return useCases.removeBadge();
    }

    @Singleton
    SuggestOrganizationsUseCase suggestOrganizations(UseCases useCases) {
        return useCases.suggestOrganizations();
    }

    @Singleton
    UpdateOrganizationUseCase updateOrganization(UseCases useCases) {
        return useCases.updateOrganization();
    }

    @Singleton
    GetOrganizationPermissionsUseCase getOrganizationPermissions(UseCases useCases) {
        return useCases.getOrganizationPermissions();
    }

    @Singleton
    MayEditUseCase mayEdit(UseCases useCases) {
        return useCases.mayEdit();
    }

    @Singleton
    AcceptMembershipRequestUseCase acceptMembershipRequest(UseCases useCases) {
        return useCases.acceptMembershipRequest();
    }

    @Singleton
    CancelInvitationUseCase cancelInvitation(UseCases useCases) {
        return useCases.cancelInvitation();
    }

    @Singleton
    ListMembershipRequestsUseCase listMembershipRequests(UseCases useCases) {
        return useCases.listMembershipRequests();
    }

    @Singleton
    RefuseMembershipRequestUseCase refuseMembershipRequest(UseCases useCases) {
        return useCases.refuseMembershipRequest();
    }

    @Singleton
    RequestMembershipUseCase requestMembership(UseCases useCases) {
        return useCases.requestMembership();
    }

    @Singleton
    CreateUserUseCase createUser(UseCases useCases) {
        return useCases.createUser();
    }

    @Singleton
    DeleteUserUseCase deleteUser(UseCases useCases) {
        return useCases.deleteUser();
    }

    @Singleton
    GetUserUseCase getUser(UseCases useCases) {
        return useCases.getUser();
    }

    @Singleton
    ListSiteRolesUseCase listSiteRoles(UseCases useCases) {
        return useCases.listSiteRoles();
    }

    @Singleton
    ListUsersUseCase listUsers(UseCases useCases) {
        return useCases.listUsers();
    }

    @Singleton
    PromoteFirstSiteAdminUseCase promoteFirstSiteAdmin(UseCases useCases) {
        return useCases.promoteFirstSiteAdmin();
    }

    @Singleton
    RegisterUserUseCase registerUser(UseCases useCases) {
        return useCases.registerUser();
    }

    @Singleton
    SuggestUsersUseCase suggestUsers(UseCases useCases) {
        return useCases.suggestUsers();
    }

    @Singleton
    UpdateUserUseCase updateUser(UseCases useCases) {
        return useCases.updateUser();
    }
}
