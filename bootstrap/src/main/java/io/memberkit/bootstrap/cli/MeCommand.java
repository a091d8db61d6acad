package io.memberkit.bootstrap.cli;

import io.memberkit.adapter.http.udata.mapping.UdataOrganizationMapper;
import io.memberkit.adapter.http.udata.mapping.UdataText;
import io.memberkit.adapter.http.udata.mapping.UdataValues;
import io.memberkit.application.port.in.me.AcceptInvitation;
import io.memberkit.application.port.in.me.DeleteMyAccount;
import io.memberkit.application.port.in.me.GetMe;
import io.memberkit.application.port.in.me.ListMyInvitations;
import io.memberkit.application.port.in.me.ListMyOrganizations;
import io.memberkit.application.port.in.me.MyOrganization;
import io.memberkit.application.port.in.me.RefuseInvitation;
import io.memberkit.application.port.in.me.UpdateMyProfile;
import io.memberkit.bootstrap.udata.UdataViews;
import io.memberkit.bootstrap.udata.Viewer;
import io.memberkit.domain.membership.MembershipRequest;
import io.memberkit.domain.membership.MembershipRequestId;
import io.memberkit.domain.user.User;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The signed-in user ({@code --as}): their profile, organizations and invitations. */
@Command(name = "me", mixinStandardHelpOptions = true, description = "Your account (--as): profile, organizations, invitations.")
final class MeCommand extends AreaCommand {

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Your profile and organizations.")
    int show() {
        var me = uc().getMe().get(new GetMe(actor()));
        var organizations = uc().listMyOrganizations().list(new ListMyOrganizations(actor()));
        var view = UdataViews.user(me, Viewer.of(Optional.of(me)),
                Optional.of(organizations.stream().map(MyOrganization::organization).toList()));
        out().print(view, profile(me).row("organizations", organizations.size()));
        return ExitCodes.DONE;
    }

    @Command(name = "update", mixinStandardHelpOptions = true, description = "Changes the profile fields given.")
    int update(@Mixin ProfileOptions options) {
        var me = uc().updateMyProfile().update(new UpdateMyProfile(actor(), options.changes()));
        out().print(UdataViews.user(me, Viewer.of(Optional.of(me)), Optional.empty()), profile(me));
        return ExitCodes.DONE;
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Deletes your account (refused while you are an organization's last admin).")
    int delete() {
        var deleted = uc().deleteMyAccount().delete(new DeleteMyAccount(actor()));
        out().done(UdataViews.user(deleted, Viewer.ANONYMOUS, Optional.empty()),
                "Deleted account " + deleted.id() + ".");
        return ExitCodes.DONE;
    }

    @Command(name = "orgs", mixinStandardHelpOptions = true, description = "Your organizations and your role in each.")
    int orgs() {
        var mine = uc().listMyOrganizations().list(new ListMyOrganizations(actor()));
        var table = new Table("ID", "SLUG", "NAME", "ROLE", "SINCE");
        mine.forEach(m -> table.row(m.organization().id(), m.organization().slug(), m.organization().name(),
                UdataValues.memberRole(m.membership().role()), UdataValues.isoDate(m.membership().since())));
        out().print(mine.stream().map(m -> new CliViews.MyOrganization(
                UdataOrganizationMapper.INSTANCE.toReference(m.organization()),
                UdataValues.memberRole(m.membership().role()), UdataValues.isoDate(m.membership().since())))
                .toList(), table);
        return ExitCodes.DONE;
    }

    @Command(name = "invitations", mixinStandardHelpOptions = true, description = "Invitations waiting for you.")
    int invitations() {
        printInvitations(uc().listMyInvitations().list(new ListMyInvitations(actor())));
        return ExitCodes.DONE;
    }

    @Command(name = "accept", mixinStandardHelpOptions = true, description = "Accepts an invitation: you become a member.")
    int accept(@Parameters(paramLabel = "<invitation id>") String id) {
        var member = uc().acceptInvitation().accept(new AcceptInvitation(actor(), new MembershipRequestId(id)));
        var organization = organizations().apply(member.organization());
        out().done(UdataViews.member(member, Optional.of(uc().getMe().get(new GetMe(actor()))), viewer()),
                "Invitation accepted: you are now " + UdataValues.memberRole(member.role()) + " of "
                        + organization.map(o -> o.slug().value()).orElse(member.organization().value()) + ".");
        return ExitCodes.DONE;
    }

    @Command(name = "refuse", mixinStandardHelpOptions = true, description = "Refuses an invitation.")
    int refuse(@Parameters(paramLabel = "<invitation id>") String id) {
        var refused = uc().refuseInvitation().refuse(new RefuseInvitation(actor(), new MembershipRequestId(id)));
        out().done(UdataViews.request(refused, accounts(), viewer()), "Invitation refused.");
        return ExitCodes.DONE;
    }

    /** Pending invitations, as {@code me invitations} and {@code invitations list-mine} print them. */
    void printInvitations(List<MembershipRequest> invitations) {
        var orgs = organizations();
        var table = new Table("ID", "ORGANIZATION", "ROLE", "ASSIGNMENTS", "COMMENT", "EXPIRES");
        invitations.forEach(i -> table.row(i.id(), orgs.apply(i.organization()).map(o -> o.slug().value())
                        .orElse(i.organization().value()), UdataValues.memberRole(i.role()),
                String.join(" ", i.assignments().stream().map(UdataText::subject).sorted().toList()), i.comment(),
                UdataValues.isoDate(i.expiresAt())));
        out().print(invitations.stream().map(i -> UdataViews.pendingInvitation(i, r -> orgs.apply(r.organization())))
                .toList(), table);
    }

    static Table profile(User user) {
        return Table.fields("id", user.id(), "name", user.fullName(), "slug", user.slug(),
                "email", user.email() == null ? null : user.email().value(),
                "roles", String.join(",", user.roles().stream().map(UdataValues::siteRole).toList()),
                "active", user.active(), "since", UdataValues.isoDate(user.since()));
    }
}
