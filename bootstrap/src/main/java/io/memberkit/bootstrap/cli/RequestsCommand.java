package io.memberkit.bootstrap.cli;

import io.memberkit.adapter.http.udata.mapping.UdataPages;
import io.memberkit.adapter.http.udata.mapping.UdataText;
import io.memberkit.adapter.http.udata.mapping.UdataValues;
import io.memberkit.application.port.in.request.AcceptMembershipRequest;
import io.memberkit.application.port.in.request.ListMembershipRequests;
import io.memberkit.application.port.in.request.RefuseMembershipRequest;
import io.memberkit.application.port.in.request.RequestMembership;
import io.memberkit.bootstrap.udata.UdataViews;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.membership.MembershipRequestId;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Membership requests: a user asks to join; the organization's admins accept or refuse. */
@Command(name = "requests", mixinStandardHelpOptions = true,
        description = "Membership requests: create, list, accept, refuse.")
final class RequestsCommand extends AreaCommand {

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Asks to join an organization.")
    int create(@Parameters(paramLabel = "<org>") String idOrSlug,
               @Option(names = "--comment", required = true, description = "why you want to join") String comment) {
        var organization = org(idOrSlug);
        var outcome = option("--comment", () -> new RequestMembership(actor(), organization, comment));
        var result = uc().requestMembership().request(outcome);
        out().done(UdataViews.request(result.request(), accounts(), viewerIn(organization)),
                (result.created() ? "Requested to join " : "Updated your pending request to join ") + idOrSlug
                        + ": request " + result.request().id() + ".");
        return ExitCodes.DONE;
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "An organization's requests and invitations (members), or your own (--user <your id>).")
    int list(@Parameters(paramLabel = "<org>") String idOrSlug,
             @Option(names = "--user", description = "only this user's") String user,
             @Option(names = "--status", description = "pending, accepted, refused or canceled") String status,
             @Option(names = "--page", defaultValue = "1") int page,
             @Option(names = "--page-size", defaultValue = "20") int pageSize) {
        var statusFilter = Optional.ofNullable(status).map(s -> UdataText.status(s, "--status"));
        var organization = org(idOrSlug);
        var found = uc().listMembershipRequests().list(new ListMembershipRequests(actor(), organization,
                Optional.ofNullable(user).map(UserId::new), statusFilter, page(page, pageSize)));
        var viewer = viewerIn(organization);
        var accounts = accounts();
        var view = UdataPages.toWire(found, r -> UdataViews.request(r, accounts, viewer), String::valueOf);
        var table = new Table("ID", "KIND", "STATUS", "WHO", "ROLE", "COMMENT", "CREATED");
        view.data().forEach(r -> table.row(r.id(), r.kind(), r.status(), r.user() == null ? r.email()
                : r.user().firstName() + " " + r.user().lastName() + " (" + r.user().id() + ")", r.role(),
                r.comment(), r.created()));
        out().page(found, view, table);
        return ExitCodes.DONE;
    }

    @Command(name = "accept", mixinStandardHelpOptions = true,
            description = "Accepts a request: the applicant becomes an editor, or --role (with --assign for a "
                    + "partial_editor).")
    int accept(@Parameters(paramLabel = "<org>") String idOrSlug, @Parameters(paramLabel = "<request id>") String id,
               @Option(names = "--role", defaultValue = "editor", description = "admin, editor (default) or "
                       + "partial_editor") String role,
               @Option(names = "--assign", arity = "1..*", description = "for a partial_editor: Dataset:id …")
               java.util.List<String> assign) {
        var memberRole = UdataText.role(role, "--role");
        var subjects = MembersMoreCommands.subjects(assign);
        var organization = org(idOrSlug);
        var member = uc().acceptMembershipRequest().accept(new AcceptMembershipRequest(actor(), organization,
                new MembershipRequestId(id), memberRole, subjects));
        out().done(UdataViews.member(member, accounts().apply(member.user()), viewerIn(organization)),
                "Request accepted: " + member.user() + " is now " + UdataValues.memberRole(member.role()) + " of "
                        + idOrSlug + ".");
        return ExitCodes.DONE;
    }

    @Command(name = "refuse", mixinStandardHelpOptions = true, description = "Refuses a request, saying why.")
    int refuse(@Parameters(paramLabel = "<org>") String idOrSlug, @Parameters(paramLabel = "<request id>") String id,
               @Option(names = "--comment", required = true, description = "why") String comment) {
        var organization = org(idOrSlug);
        var command = option("--comment", () -> new RefuseMembershipRequest(actor(), organization,
                new MembershipRequestId(id), comment));
        var refused = uc().refuseMembershipRequest().refuse(command);
        out().done(UdataViews.request(refused, accounts(), viewerIn(organization)), "Request " + id + " refused.");
        return ExitCodes.DONE;
    }
}
