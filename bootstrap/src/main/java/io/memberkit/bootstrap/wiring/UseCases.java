package io.memberkit.bootstrap.wiring;

import io.memberkit.application.port.in.apikey.AuthenticateApiKeyUseCase;
import io.memberkit.application.port.in.apikey.CreateApiKeyUseCase;
import io.memberkit.application.port.in.apikey.ListApiKeysUseCase;
import io.memberkit.application.port.in.apikey.RevokeApiKeyUseCase;
import io.memberkit.application.port.in.assignment.GetSubjectUseCase;
import io.memberkit.application.port.in.assignment.ListAssignmentsUseCase;
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
import io.memberkit.application.port.in.member.ApplyMembershipPlanUseCase;
import io.memberkit.application.port.in.member.BulkInviteUseCase;
import io.memberkit.application.port.in.member.ChangeMemberRoleUseCase;
import io.memberkit.application.port.in.member.CountMembersUseCase;
import io.memberkit.application.port.in.member.HandOverAndLeaveUseCase;
import io.memberkit.application.port.in.member.InviteMemberUseCase;
import io.memberkit.application.port.in.member.LeaveOrganizationUseCase;
import io.memberkit.application.port.in.member.ListMembersAfterUseCase;
import io.memberkit.application.port.in.member.ListMembersUseCase;
import io.memberkit.application.port.in.member.PlanMembershipUseCase;
import io.memberkit.application.port.in.member.RemoveMemberUseCase;
import io.memberkit.application.port.in.organization.AddBadgeUseCase;
import io.memberkit.application.port.in.organization.ChangeDefaultJoinRoleUseCase;
import io.memberkit.application.port.in.organization.CreateOrganizationUseCase;
import io.memberkit.application.port.in.organization.DeclareDomainUseCase;
import io.memberkit.application.port.in.organization.DeleteOrganizationUseCase;
import io.memberkit.application.port.in.organization.GetJoinPolicyUseCase;
import io.memberkit.application.port.in.organization.GetOrganizationUseCase;
import io.memberkit.application.port.in.organization.ListMemberRolesUseCase;
import io.memberkit.application.port.in.organization.ListOrganizationsUseCase;
import io.memberkit.application.port.in.organization.MarkDomainVerifiedUseCase;
import io.memberkit.application.port.in.organization.RemoveBadgeUseCase;
import io.memberkit.application.port.in.organization.RemoveDomainUseCase;
import io.memberkit.application.port.in.organization.SuggestOrganizationsUseCase;
import io.memberkit.application.port.in.organization.UpdateOrganizationUseCase;
import io.memberkit.application.port.in.permission.GetOrganizationPermissionsUseCase;
import io.memberkit.application.port.in.permission.MayEditUseCase;
import io.memberkit.application.port.in.request.AcceptMembershipRequestUseCase;
import io.memberkit.application.port.in.request.CancelInvitationUseCase;
import io.memberkit.application.port.in.request.ListMembershipRequestsUseCase;
import io.memberkit.application.port.in.request.RefuseMembershipRequestUseCase;
import io.memberkit.application.port.in.request.RequestMembershipUseCase;
import io.memberkit.application.port.in.request.ResendInvitationUseCase;
import io.memberkit.application.port.in.user.CreateUserUseCase;
import io.memberkit.application.port.in.user.DeleteUserUseCase;
import io.memberkit.application.port.in.user.GetUserUseCase;
import io.memberkit.application.port.in.user.ListSiteRolesUseCase;
import io.memberkit.application.port.in.user.ListUsersUseCase;
import io.memberkit.application.port.in.user.PromoteFirstSiteAdminUseCase;
import io.memberkit.application.port.in.user.MarkEmailVerifiedUseCase;
import io.memberkit.application.port.in.user.RegisterUserUseCase;
import io.memberkit.application.port.in.user.SuggestUsersUseCase;
import io.memberkit.application.port.in.user.UpdateUserUseCase;
import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.application.service.ApiKeyService;
import io.memberkit.application.service.AssignmentService;
import io.memberkit.application.service.AuditService;
import io.memberkit.application.service.FollowService;
import io.memberkit.application.service.JoinPolicyService;
import io.memberkit.application.service.MeService;
import io.memberkit.application.service.MemberService;
import io.memberkit.application.service.MembershipPlanService;
import io.memberkit.application.service.MembershipRequestService;
import io.memberkit.application.service.MembershipSettings;
import io.memberkit.application.service.OrganizationService;
import io.memberkit.application.service.PermissionService;
import io.memberkit.application.service.UserService;

/**
 * Every use case of memberkit, wired over one set of outbound ports. This is the one wiring: the command line,
 * the local server, the {@code Memberkit} entry point for plain Java callers and the Micronaut bean factory all
 * take their use cases from here, so there are never two copies to keep in step.
 */
public final class UseCases {
    private final MeService me;
    private final UserService users;
    private final FollowService follows;
    private final OrganizationService organizations;
    private final MemberService members;
    private final MembershipRequestService requests;
    private final AssignmentService assignments;
    private final PermissionService permissions;
    private final AuditService audit;
    private final ApiKeyService apiKeys;
    private final MembershipPlanService plans;
    private final JoinPolicyService joining;

    public UseCases(OutboundPorts ports, MembershipSettings settings) {
        this.me = new MeService(ports);
        this.users = new UserService(ports);
        this.follows = new FollowService(ports);
        this.organizations = new OrganizationService(ports);
        this.members = new MemberService(ports, settings);
        this.requests = new MembershipRequestService(ports, settings);
        this.assignments = new AssignmentService(ports);
        this.permissions = new PermissionService(ports);
        this.audit = new AuditService(ports);
        this.apiKeys = new ApiKeyService(ports);
        this.plans = new MembershipPlanService(ports, settings);
        this.joining = new JoinPolicyService(ports);
    }

    public CreateApiKeyUseCase createApiKey() {
        return apiKeys;
    }

    public ListApiKeysUseCase listApiKeys() {
        return apiKeys;
    }

    public RevokeApiKeyUseCase revokeApiKey() {
        return apiKeys;
    }

    public AuthenticateApiKeyUseCase authenticateApiKey() {
        return apiKeys;
    }

    public ListAssignmentsUseCase listAssignments() {
        return assignments;
    }

    public GetSubjectUseCase getSubject() {
        return assignments;
    }

    public RegisterSubjectUseCase registerSubject() {
        return assignments;
    }

    public RemoveSubjectUseCase removeSubject() {
        return assignments;
    }

    public SyncAssignmentsUseCase syncAssignments() {
        return assignments;
    }

    public ListAuditTrailUseCase listAuditTrail() {
        return audit;
    }

    public ListFollowersUseCase listFollowers() {
        return follows;
    }

    public StartFollowingUseCase startFollowing() {
        return follows;
    }

    public StopFollowingUseCase stopFollowing() {
        return follows;
    }

    public AcceptInvitationUseCase acceptInvitation() {
        return requests;
    }

    public DeleteMyAccountUseCase deleteMyAccount() {
        return me;
    }

    public GetMeUseCase getMe() {
        return me;
    }

    public ListMyInvitationsUseCase listMyInvitations() {
        return me;
    }

    public ListMyOrganizationsUseCase listMyOrganizations() {
        return me;
    }

    public GetMyMembershipUseCase getMyMembership() {
        return me;
    }

    public RefuseInvitationUseCase refuseInvitation() {
        return requests;
    }

    public UpdateMyProfileUseCase updateMyProfile() {
        return me;
    }

    public ChangeMemberRoleUseCase changeMemberRole() {
        return members;
    }

    public InviteMemberUseCase inviteMember() {
        return members;
    }

    public AddMemberUseCase addMember() {
        return members;
    }

    public ListMembersUseCase listMembers() {
        return members;
    }

    public ListMembersAfterUseCase listMembersAfter() {
        return members;
    }

    public RemoveMemberUseCase removeMember() {
        return members;
    }

    public AddBadgeUseCase addBadge() {
        return organizations;
    }

    public CreateOrganizationUseCase createOrganization() {
        return organizations;
    }

    public DeleteOrganizationUseCase deleteOrganization() {
        return organizations;
    }

    public GetOrganizationUseCase getOrganization() {
        return organizations;
    }

    public ListMemberRolesUseCase listMemberRoles() {
        return organizations;
    }

    public ListOrganizationsUseCase listOrganizations() {
        return organizations;
    }

    public RemoveBadgeUseCase removeBadge() {
        return organizations;
    }

    public SuggestOrganizationsUseCase suggestOrganizations() {
        return organizations;
    }

    public UpdateOrganizationUseCase updateOrganization() {
        return organizations;
    }

    public GetOrganizationPermissionsUseCase getOrganizationPermissions() {
        return permissions;
    }

    public MayEditUseCase mayEdit() {
        return permissions;
    }

    public AcceptMembershipRequestUseCase acceptMembershipRequest() {
        return requests;
    }

    public CancelInvitationUseCase cancelInvitation() {
        return requests;
    }

    public ListMembershipRequestsUseCase listMembershipRequests() {
        return requests;
    }

    public RefuseMembershipRequestUseCase refuseMembershipRequest() {
        return requests;
    }

    public RequestMembershipUseCase requestMembership() {
        return requests;
    }

    public CreateUserUseCase createUser() {
        return users;
    }

    public DeleteUserUseCase deleteUser() {
        return users;
    }

    public GetUserUseCase getUser() {
        return users;
    }

    public ListSiteRolesUseCase listSiteRoles() {
        return users;
    }

    public ListUsersUseCase listUsers() {
        return users;
    }

    public PromoteFirstSiteAdminUseCase promoteFirstSiteAdmin() {
        return users;
    }

    public RegisterUserUseCase registerUser() {
        return users;
    }

    public SuggestUsersUseCase suggestUsers() {
        return users;
    }

    public UpdateUserUseCase updateUser() {
        return users;
    }

    public MarkEmailVerifiedUseCase markEmailVerified() {
        return users;
    }

    public BulkInviteUseCase bulkInvite() {
        return members;
    }

    public LeaveOrganizationUseCase leaveOrganization() {
        return members;
    }

    public HandOverAndLeaveUseCase handOverAndLeave() {
        return members;
    }

    public CountMembersUseCase countMembers() {
        return members;
    }

    public ResendInvitationUseCase resendInvitation() {
        return requests;
    }

    public PlanMembershipUseCase planMembership() {
        return plans;
    }

    public ApplyMembershipPlanUseCase applyMembershipPlan() {
        return plans;
    }

    public GetJoinPolicyUseCase getJoinPolicy() {
        return joining;
    }

    public DeclareDomainUseCase declareDomain() {
        return joining;
    }

    public RemoveDomainUseCase removeDomain() {
        return joining;
    }

    public MarkDomainVerifiedUseCase markDomainVerified() {
        return joining;
    }

    public ChangeDefaultJoinRoleUseCase changeDefaultJoinRole() {
        return joining;
    }
}
