package io.memberkit.bootstrap.udata;

import io.memberkit.adapter.http.udata.mapping.UdataAssignmentMapper;
import io.memberkit.adapter.http.udata.mapping.UdataFollowMapper;
import io.memberkit.adapter.http.udata.mapping.UdataMemberMapper;
import io.memberkit.adapter.http.udata.mapping.UdataOrganizationMapper;
import io.memberkit.adapter.http.udata.mapping.UdataReferences;
import io.memberkit.adapter.http.udata.mapping.UdataRequestMapper;
import io.memberkit.adapter.http.udata.mapping.UdataUserMapper;
import io.memberkit.adapter.http.udata.wire.UdataAssignment;
import io.memberkit.adapter.http.udata.wire.UdataFollow;
import io.memberkit.adapter.http.udata.wire.UdataMember;
import io.memberkit.adapter.http.udata.wire.UdataMembershipRequest;
import io.memberkit.adapter.http.udata.wire.UdataOrganization;
import io.memberkit.adapter.http.udata.wire.UdataOrganizationRef;
import io.memberkit.adapter.http.udata.wire.UdataPendingInvitation;
import io.memberkit.adapter.http.udata.wire.UdataUser;
import io.memberkit.adapter.http.udata.wire.UdataUserRef;
import io.memberkit.adapter.http.udata.wire.UdataUserSuggestion;
import io.memberkit.domain.assignment.Assignment;
import io.memberkit.domain.common.Email;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.follow.Follow;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MemberDetails;
import io.memberkit.domain.membership.MembershipRequest;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.permission.OrganizationPermissions;
import io.memberkit.domain.permission.Permissions;
import io.memberkit.domain.user.User;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * memberkit's objects as uData's API v1 shows them <em>to one viewer</em>, for the local server and the command
 * line's {@code --output json}, so both speak the same JSON. The wire format and the mapping are adapter-http's
 * ({@code io.memberkit.adapter.http.udata.wire} and {@code .mapping}), the same that reads uData; what is decided
 * here is only what the viewer may see, before mapping: member emails obfuscated as uData does
 * ({@code Permissions.visibleMemberEmail}), a user's email only to themselves and site admins
 * ({@code Permissions.visibleUserEmail}), login dates only to whom uData shows them. Organizations never carry
 * {@code requests}.
 */
public final class UdataViews {
    private static final UdataUserMapper USERS = UdataUserMapper.INSTANCE;
    private static final UdataOrganizationMapper ORGANIZATIONS = UdataOrganizationMapper.INSTANCE;
    private static final UdataMemberMapper MEMBERS = UdataMemberMapper.INSTANCE;
    private static final UdataRequestMapper REQUESTS = UdataRequestMapper.INSTANCE;

    private UdataViews() {
    }

    /**
     * A user account. {@code organizationsOfMe} present is the signed-in user's own view (GET /me/): email and last
     * login shown, with their organizations; otherwise the email goes to the user and site admins only, the last
     * login to site admins only.
     */
    public static UdataUser user(User user, Viewer viewer, Optional<List<Organization>> organizationsOfMe) {
        boolean me = viewer.user().map(v -> v.id().equals(user.id())).orElse(false);
        var email = Permissions.visibleUserEmail(viewer.user(), user).orElse(null);
        var shown = shown(user, email, viewer.isSiteAdmin() || (me && organizationsOfMe.isPresent()));
        return organizationsOfMe.map(organizations -> USERS.toWire(shown, organizations))
                .orElseGet(() -> USERS.toWire(shown));
    }

    /**
     * An account as an organization shows it (members, applicants). The email is obfuscated for the viewer;
     * {@code last_login_at} is shown to the organization's members and site admins only.
     */
    public static UdataUserRef userRef(User user, Viewer viewer) {
        return USERS.toReference(shownAsMember(user, viewer));
    }

    /** A reference to an account memberkit could not load (deleted meanwhile): its id only. */
    public static UdataUserRef userRef(UserId id) {
        return UdataReferences.BY_ID.user(id);
    }

    /**
     * An organization with its members and the viewer's permissions (either may be null: not shown). {@code viewer}
     * carries the viewer's membership of this organization.
     */
    public static UdataOrganization organization(Organization organization, List<MemberDetails> members,
                                                 OrganizationPermissions permissions, Viewer viewer) {
        return ORGANIZATIONS.toWire(organization, members == null ? null : members.stream()
                .map(m -> new MemberDetails(m.member(), shownAsMember(m.user(), viewer))).toList(), permissions);
    }

    public static UdataMember member(MemberDetails details, Viewer viewer) {
        return MEMBERS.toWire(details.member(), userRef(details.user(), viewer));
    }

    /** A member whose account is shown through {@code user} (looked up by the caller). */
    public static UdataMember member(Member member, Optional<User> user, Viewer viewer) {
        return MEMBERS.toWire(member, user.map(u -> userRef(u, viewer)).orElseGet(() -> userRef(member.user())));
    }

    /**
     * A membership request or invitation; {@code users} loads the accounts it names (applicant or invitee, creator,
     * handler) when they can still be shown.
     */
    public static UdataMembershipRequest request(MembershipRequest request, Function<UserId, Optional<User>> users,
                                                 Viewer viewer) {
        return REQUESTS.toWire(request, references(users, id -> Optional.empty(), viewer));
    }

    public static UdataPendingInvitation pendingInvitation(MembershipRequest invitation,
                                                           Function<MembershipRequest, Optional<Organization>> organization) {
        return REQUESTS.toPendingWire(invitation, references(id -> Optional.empty(),
                id -> organization.apply(invitation), Viewer.ANONYMOUS));
    }

    public static UdataAssignment assignment(Assignment assignment, Function<UserId, Optional<User>> users,
                                             Optional<Organization> organization, Viewer viewer) {
        return UdataAssignmentMapper.INSTANCE.toWire(assignment, references(users, id -> organization, viewer));
    }

    public static UdataFollow follow(Follow follow, Function<UserId, Optional<User>> users) {
        return UdataFollowMapper.INSTANCE.toWire(follow, references(users, id -> Optional.empty(), Viewer.ANONYMOUS));
    }

    /** Suggestions show no email, whoever asks. */
    public static UdataUserSuggestion suggestion(User user) {
        return USERS.toSuggestion(shown(user, null, false));
    }

    /** The accounts and organizations a payload names, in full when they can be loaded, else by id. */
    private static UdataReferences references(Function<UserId, Optional<User>> users,
                                              Function<OrganizationId, Optional<Organization>> organizations,
                                              Viewer viewer) {
        return new UdataReferences() {
            @Override
            public UdataUserRef user(UserId user) {
                return users.apply(user).map(u -> userRef(u, viewer)).orElseGet(() -> userRef(user));
            }

            @Override
            public UdataOrganizationRef organization(OrganizationId organization) {
                return organizations.apply(organization).map(ORGANIZATIONS::toReference)
                        .orElseGet(() -> BY_ID.organization(organization));
            }
        };
    }

    private static User shownAsMember(User user, Viewer viewer) {
        var email = Permissions.visibleMemberEmail(viewer.user(), viewer.membership(), user.email()).orElse(null);
        return shown(user, email, viewer.isSiteAdmin() || viewer.membership().isPresent());
    }

    /** The account with the email the viewer may see (or none), and its last login only if they may see it. */
    private static User shown(User user, Email email, boolean lastLoginShown) {
        return new User(user.id(), user.slug(), user.firstName(), user.lastName(), email, user.about(),
                user.website(), user.avatar(), user.roles(), user.active(), user.since(),
                lastLoginShown ? user.lastLogin() : null, user.deleted());
    }
}
