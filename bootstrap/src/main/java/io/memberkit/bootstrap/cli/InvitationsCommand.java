package io.memberkit.bootstrap.cli;

import io.memberkit.application.port.in.me.ListMyInvitations;
import io.memberkit.application.port.in.request.CancelInvitation;
import io.memberkit.bootstrap.udata.UdataViews;
import io.memberkit.domain.membership.MembershipRequestId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Invitations: yours (list, accept, refuse) and an organization's (cancel). */
@Command(name = "invitations", mixinStandardHelpOptions = true,
        description = "Invitations: list yours, accept, refuse; list, resend or cancel your organization's.",
        subcommands = {InvitationsMoreCommands.ListCommand.class, InvitationsMoreCommands.Resend.class})
final class InvitationsCommand extends AreaCommand {

    @Command(name = "list-mine", mixinStandardHelpOptions = true, description = "Invitations waiting for you.")
    int listMine() {
        me().printInvitations(uc().listMyInvitations().list(new ListMyInvitations(actor())));
        return ExitCodes.DONE;
    }

    @Command(name = "accept", mixinStandardHelpOptions = true, description = "Accepts an invitation.")
    int accept(@Parameters(paramLabel = "<invitation id>") String id) {
        return me().accept(id);
    }

    @Command(name = "refuse", mixinStandardHelpOptions = true, description = "Refuses an invitation.")
    int refuse(@Parameters(paramLabel = "<invitation id>") String id) {
        return me().refuse(id);
    }

    @Command(name = "cancel", mixinStandardHelpOptions = true, description = "Cancels a pending invitation (admins).")
    int cancel(@Parameters(paramLabel = "<org>") String idOrSlug,
               @Parameters(paramLabel = "<invitation id>") String id) {
        var organization = org(idOrSlug);
        var canceled = uc().cancelInvitation().cancel(new CancelInvitation(actor(), organization,
                new MembershipRequestId(id)));
        out().done(UdataViews.request(canceled, accounts(), viewerIn(organization)), "Invitation " + id
                + " canceled.");
        return ExitCodes.DONE;
    }

    private MeCommand me() {
        var me = new MeCommand();
        me.root = root;
        me.spec = spec;
        return me;
    }
}
