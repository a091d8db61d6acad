package io.memberkit.bootstrap.cli;

import io.memberkit.application.port.in.request.ListMembershipRequests;
import io.memberkit.application.port.in.request.ResendInvitation;
import io.memberkit.bootstrap.surface.Durations;
import io.memberkit.adapter.http.udata.mapping.UdataPages;
import io.memberkit.adapter.http.udata.mapping.UdataText;
import io.memberkit.adapter.http.udata.mapping.UdataValues;
import io.memberkit.bootstrap.udata.UdataViews;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.membership.MembershipRequestId;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The invitations area's commands for an organization's admins: list (with {@code expired}) and resend. */
final class InvitationsMoreCommands {
    private InvitationsMoreCommands() {
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "An organization's invitations; a pending one whose delay ran out shows as expired.")
    static final class ListCommand extends AreaSubcommand {
        @Parameters(paramLabel = "<org>")
        String idOrSlug;

        @Option(names = "--status", description = "pending, expired, accepted, refused or canceled")
        String status;

        @Option(names = "--page", defaultValue = "1")
        int page;

        @Option(names = "--page-size", defaultValue = "20")
        int pageSize;

        @Override
        public Integer call() {
            var statusFilter = Optional.ofNullable(status).map(s -> UdataText.status(s, "--status"));
            var organization = area.org(idOrSlug);
            var found = area.uc().listMembershipRequests().list(new ListMembershipRequests(area.actor(),
                    organization, Optional.empty(), statusFilter, AreaCommand.page(page, pageSize)));
            var invitations = found.items().stream().filter(r -> r.isInvitation()).toList();
            var shown = new Page<>(invitations, found.page(), found.pageSize(), found.total() - found.items().size()
                    + invitations.size(), found.hasNext());
            var accounts = area.accounts();
            var viewer = area.viewerIn(organization);
            var view = UdataPages.toWire(shown, r -> UdataViews.request(r, accounts, viewer), String::valueOf);
            var table = new Table("ID", "STATUS", "WHO", "ROLE", "EXPIRES", "CREATED");
            for (int i = 0; i < invitations.size(); i++) {
                var r = view.data().get(i);
                table.row(r.id(), r.status(), r.user() == null ? r.email() : r.user().firstName() + " "
                        + r.user().lastName() + " (" + r.user().id() + ")", r.role(),
                        UdataValues.isoDate(invitations.get(i).expiresAt()), r.created());
            }
            area.out().page(shown, view, table);
            return ExitCodes.DONE;
        }
    }

    @Command(name = "resend", mixinStandardHelpOptions = true,
            description = "Sends a pending invitation again, expired or not: its delay starts over.")
    static final class Resend extends AreaSubcommand {
        @Parameters(paramLabel = "<org>")
        String idOrSlug;

        @Parameters(paramLabel = "<invitation id>")
        String id;

        @Option(names = "--expires-in", description = "the new delay: 3d, 12h, P3D… (default: the configured one)")
        String expiresIn;

        @Override
        public Integer call() {
            var delay = Optional.ofNullable(expiresIn).map(e -> Durations.parse(e, "--expires-in"));
            var organization = area.org(idOrSlug);
            var resent = area.uc().resendInvitation().resend(new ResendInvitation(area.actor(), organization,
                    new MembershipRequestId(id), delay));
            area.out().done(UdataViews.request(resent, area.accounts(), area.viewerIn(organization)),
                    "Invitation " + id + " sent again; it expires " + UdataValues.isoDate(resent.expiresAt()) + ".");
            return ExitCodes.DONE;
        }
    }
}
