package io.memberkit.bootstrap.udata;

import io.memberkit.domain.assignment.Assignment;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.Email;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.follow.Follow;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MemberDetails;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.MembershipRequest;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.organization.OrganizationMetrics;
import io.memberkit.domain.permission.OrganizationPermissions;
import io.memberkit.domain.permission.Permissions;
import io.memberkit.domain.user.User;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * memberkit's objects as uData's API v1 shows them, for one viewer: member emails obfuscated as uData does
 * ({@code Permissions.visibleMemberEmail}), a user's email only to themselves and site admins, login dates only to
 * whom uData shows them. Organizations never carry {@code requests}. Used by the local server and by the command
 * line's {@code --output json}, so both speak the same JSON.
 */
public final class UdataViews {
    private UdataViews() {
    }

    /** A page in uData's envelope; {@code link} gives the URL (or number) of another page. */
    public static <T, V> UdataPage<V> page(Page<T> page, Function<T, V> view, IntFunction<String> link) {
        return new UdataPage<>(page.items().stream().map(view).toList(), page.page(), page.pageSize(), page.total(),
                page.hasNext() ? link.apply(page.page() + 1) : null, page.page() > 1 ? link.apply(page.page() - 1) : null);
    }

    /**
     * A user account. {@code me} is the signed-in user's own view (GET /me/): email and last login shown, with
     * their organizations; otherwise the email goes to site admins only and last login too.
     */
    public static UdataUser user(User user, Viewer viewer, Optional<List<Organization>> organizationsOfMe) {
        boolean me = viewer.user().map(v -> v.id().equals(user.id())).orElse(false);
        var email = Permissions.visibleUserEmail(viewer.user(), user).map(Email::value).orElse(null);
        var loginShown = viewer.isSiteAdmin() || (me && organizationsOfMe.isPresent());
        return new UdataUser(user.id().value(), user.slug().value(), user.firstName(), user.lastName(), email,
                user.about(), user.website() == null ? null : user.website().value(), user.avatar(), user.avatar(),
                user.roles().stream().sorted().map(Spelling::siteRole).toList(), user.active(),
                Spelling.date(user.since()), loginShown ? Spelling.date(user.lastLogin()) : null,
                Spelling.date(user.deleted()),
                organizationsOfMe.map(list -> list.stream().map(UdataViews::organizationRef).toList()).orElse(null),
                null, "/api/1/users/" + user.id().value() + "/");
    }

    /**
     * An account as an organization shows it (members, applicants). The email is obfuscated for the viewer;
     * {@code last_login_at} is shown to the organization's members and site admins only.
     */
    public static UdataUserRef userRef(User user, Viewer viewer) {
        var email = Permissions.visibleMemberEmail(viewer.user(), viewer.membership(), user.email())
                .map(Email::value).orElse(null);
        boolean loginShown = viewer.isSiteAdmin() || viewer.membership().isPresent();
        return new UdataUserRef("User", user.id().value(), user.firstName(), user.lastName(), user.slug().value(),
                user.avatar(), user.avatar(), email, loginShown ? Spelling.date(user.lastLogin()) : null, null,
                "/api/1/users/" + user.id().value() + "/");
    }

    /** A reference to an account memberkit could not load (deleted meanwhile): its id only. */
    public static UdataUserRef userRef(UserId id) {
        return new UdataUserRef("User", id.value(), null, null, null, null, null, null, null, null,
                "/api/1/users/" + id.value() + "/");
    }

    public static UdataOrganizationRef organizationRef(Organization organization) {
        return new UdataOrganizationRef("Organization", organization.id().value(), organization.name(),
                organization.acronym(), organization.slug().value(), organization.logo(), organization.logo(),
                badges(organization), null, "/api/1/organizations/" + organization.id().value() + "/");
    }

    /**
     * An organization with its members and the viewer's permissions. {@code viewer} carries the viewer's
     * membership of this organization. There is no {@code requests} field to leak.
     */
    public static UdataOrganization organization(Organization organization, List<MemberDetails> members,
                                                 OrganizationPermissions permissions, Viewer viewer) {
        var business = organization.businessNumber() == null ? null : organization.businessNumber().value();
        return new UdataOrganization(organization.id().value(), organization.name(), organization.acronym(),
                organization.slug().value(), organization.description(),
                organization.url() == null ? null : organization.url().value(), organization.logo(),
                organization.logo(), business, badges(organization), Spelling.date(organization.created()),
                Spelling.date(organization.lastModified()), Spelling.date(organization.deleted()),
                members == null ? null : members.stream().map(m -> member(m, viewer)).toList(),
                metrics(organization.metrics()), permissions(permissions), null,
                "/api/1/organizations/" + organization.id().value() + "/");
    }

    public static UdataMember member(MemberDetails details, Viewer viewer) {
        return new UdataMember(Spelling.role(details.member().role()), Spelling.date(details.member().since()),
                userRef(details.user(), viewer), label(details.member().role()));
    }

    /** A member whose account is shown through {@code user} (looked up by the caller). */
    public static UdataMember member(Member member, Optional<User> user, Viewer viewer) {
        return new UdataMember(Spelling.role(member.role()), Spelling.date(member.since()),
                user.map(u -> userRef(u, viewer)).orElseGet(() -> userRef(member.user())), label(member.role()));
    }

    /**
     * A membership request or invitation; {@code users} loads the accounts it names (applicant or invitee, creator,
     * handler) when they can still be shown.
     */
    public static UdataMembershipRequest request(MembershipRequest request, Function<UserId, Optional<User>> users,
                                                 Viewer viewer) {
        Function<UserId, UdataUserRef> ref = id -> id == null ? null
                : users.apply(id).map(u -> userRef(u, viewer)).orElseGet(() -> userRef(id));
        var email = request.invitee() instanceof Invitee.ByEmail byEmail ? byEmail.email().value() : null;
        return new UdataMembershipRequest(request.id().value(), request.user().map(ref).orElse(null), email,
                Spelling.kind(request.kind()), Spelling.date(request.created()), Spelling.status(request.status()),
                Spelling.role(request.role()), request.comment(), subjects(request.assignments()),
                ref.apply(request.createdBy()), Spelling.date(request.handledOn()), ref.apply(request.handledBy()),
                request.refusalComment());
    }

    public static UdataPendingInvitation pendingInvitation(MembershipRequest invitation,
                                                           Function<MembershipRequest, Optional<Organization>> organization) {
        return new UdataPendingInvitation(invitation.id().value(),
                organization.apply(invitation).map(UdataViews::organizationRef).orElse(null),
                Spelling.role(invitation.role()), invitation.comment(), Spelling.date(invitation.created()),
                subjects(invitation.assignments()));
    }

    public static UdataAssignment assignment(Assignment assignment, Function<UserId, Optional<User>> users,
                                             Optional<Organization> organization, Viewer viewer) {
        return new UdataAssignment(assignment.organization().value() + ":" + assignment.user().value() + ":"
                + Spelling.subject(assignment.subject()),
                users.apply(assignment.user()).map(u -> userRef(u, viewer)).orElseGet(() -> userRef(assignment.user())),
                organization.map(UdataViews::organizationRef).orElse(null), subject(assignment.subject()),
                Spelling.date(assignment.created()));
    }

    public static UdataFollow follow(Follow follow, Function<UserId, Optional<User>> users) {
        return new UdataFollow(follow.follower().value() + ":" + follow.target().id(),
                users.apply(follow.follower()).map(u -> userRef(u, Viewer.ANONYMOUS))
                        .orElseGet(() -> userRef(follow.follower())),
                Spelling.date(follow.since()));
    }

    public static UdataUserSuggestion suggestion(User user) {
        return new UdataUserSuggestion(user.id().value(), user.firstName(), user.lastName(), user.slug().value(),
                user.avatar());
    }

    public static UdataOrganizationSuggestion suggestion(Organization organization) {
        return new UdataOrganizationSuggestion(organization.id().value(), organization.name(), organization.acronym(),
                organization.slug().value(), organization.logo(), null);
    }

    public static UdataOrganizationPermissions permissions(OrganizationPermissions permissions) {
        return permissions == null ? null : new UdataOrganizationPermissions(permissions.edit(), permissions.delete(),
                permissions.members(), permissions.harvest(), permissions.privateAccess());
    }

    public static UdataSubjectRef subject(SubjectRef ref) {
        return new UdataSubjectRef(Spelling.subjectClass(ref.kind()), ref.id());
    }

    public static UdataMemberRole role(MemberRole role) {
        return new UdataMemberRole(Spelling.role(role), label(role));
    }

    /** uData's labels of the member roles. */
    public static String label(MemberRole role) {
        return switch (role) {
            case ADMIN -> "Administrator";
            case EDITOR -> "Editor";
            case PARTIAL_EDITOR -> "Partial editor";
        };
    }

    private static List<UdataSubjectRef> subjects(java.util.Set<SubjectRef> refs) {
        return refs.stream().sorted(Comparator.comparing(Spelling::subject)).map(UdataViews::subject).toList();
    }

    private static List<UdataBadge> badges(Organization organization) {
        return organization.badges().stream().sorted().map(b -> new UdataBadge(Spelling.badge(b))).toList();
    }

    private static UdataOrganizationMetrics metrics(OrganizationMetrics metrics) {
        return new UdataOrganizationMetrics(metrics.members(), metrics.followers(), metrics.datasets(),
                metrics.reuses(), metrics.views());
    }
}
