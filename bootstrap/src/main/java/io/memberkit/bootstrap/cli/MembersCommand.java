package io.memberkit.bootstrap.cli;

import io.memberkit.adapter.http.udata.mapping.UdataPages;
import io.memberkit.adapter.http.udata.mapping.UdataText;
import io.memberkit.adapter.http.udata.mapping.UdataValues;
import io.memberkit.application.port.in.member.ChangeMemberRole;
import io.memberkit.application.port.in.member.InviteMember;
import io.memberkit.application.port.in.member.ListMembers;
import io.memberkit.application.port.in.member.ListMembersAfter;
import io.memberkit.application.port.in.member.RemoveMember;
import io.memberkit.bootstrap.surface.SurfaceViews;
import io.memberkit.bootstrap.udata.UdataViews;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.MemberCursor;
import io.memberkit.domain.membership.MemberRole;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** An organization's members: list, invite, change a role, remove. */
@Command(name = "members", mixinStandardHelpOptions = true,
        description = "Members of an organization: list, page, invite, role, remove, add, count, leave, hand-over, "
                + "bulk-invite, plan, apply.",
        subcommands = {MembershipPlanCommands.Plan.class, MembershipPlanCommands.Apply.class,
                MembersMoreCommands.BulkInviteCommand.class, MembersMoreCommands.Leave.class,
                MembersMoreCommands.HandOver.class, MembersMoreCommands.Count.class, MembersMoreCommands.Add.class})
final class MembersCommand extends AreaCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists an organization's members.")
    int list(@Parameters(paramLabel = "<org>") String idOrSlug,
             @Option(names = "--role", description = "admin, editor or partial_editor") String role,
             @Option(names = "--q", description = "a prefix of the first name, last name or email") String q,
             @Option(names = "--page", defaultValue = "1") int page,
             @Option(names = "--page-size", defaultValue = "20") int pageSize) {
        var organization = org(idOrSlug);
        var filter = Optional.ofNullable(role).map(r -> UdataText.role(r, "--role"));
        var wanted = page(page, pageSize); // outside the --q naming below: its own errors name --page-size
        var found = uc().listMembers().list(option("--q", () -> new ListMembers(actor(), organization, filter,
                Optional.ofNullable(q), wanted)));
        var viewer = viewerIn(organization);
        var table = new Table("USER", "NAME", "EMAIL", "ROLE", "SINCE");
        var view = UdataPages.toWire(found, m -> UdataViews.member(m, viewer), String::valueOf);
        view.data().forEach(m -> table.row(m.user().id(), m.user().firstName() + " " + m.user().lastName(),
                m.user().email(), m.role(), m.since()));
        out().page(found, view, table);
        return ExitCodes.DONE;
    }

    @Command(name = "page", mixinStandardHelpOptions = true,
            description = "A page of an organization's members by cursor, oldest first: row 50,000 costs what row 0 "
                    + "does, where --page in list reads and skips every row before it.")
    int page(@Parameters(paramLabel = "<org>") String idOrSlug,
             @Option(names = "--role", description = "admin, editor or partial_editor") String role,
             @Option(names = "--after", description = "the cursor the previous page printed") String after,
             @Option(names = "--size", defaultValue = "20", description = "1 to 1000") int size) {
        var organization = org(idOrSlug);
        var filter = Optional.ofNullable(role).map(r -> UdataText.role(r, "--role"));
        var cursor = Optional.ofNullable(after).map(token -> option("--after", () -> MemberCursor.parse(token)));
        var found = uc().listMembersAfter().list(option("--size",
                () -> new ListMembersAfter(actor(), organization, filter, cursor, size)));
        var viewer = viewerIn(organization);
        var members = found.items().stream().map(m -> UdataViews.member(m, viewer)).toList();
        var table = new Table("USER", "NAME", "EMAIL", "ROLE", "SINCE");
        members.forEach(m -> table.row(m.user().id(), m.user().firstName() + " " + m.user().lastName(),
                m.user().email(), m.role(), m.since()));
        out().print(new SurfaceViews.MemberPage(members, size, found.next().orElse(null)), table);
        if (!out().json()) {
            found.next().ifPresent(next -> out().text(o -> o.println("next: --after " + next)));
        }
        return ExitCodes.DONE;
    }

    @Command(name = "invite", mixinStandardHelpOptions = true,
            description = "Invites a user (--user) or an email (--email) to join an organization.")
    int invite(@Parameters(paramLabel = "<org>") String idOrSlug,
               @Option(names = "--user", description = "the user's id") String user,
               @Option(names = "--email", description = "an email address (an account's, or not yet)") String email,
               @Option(names = "--role", defaultValue = "editor", description = "admin, editor (default) or "
                       + "partial_editor") String role,
               @Option(names = "--assign", arity = "1..*", description = "for a partial_editor: Dataset:id …")
               List<String> assign,
               @Option(names = "--comment", description = "a message to the invitee") String comment,
               @Option(names = "--expires-in", description = "this invitation's delay: 3d, 12h, P3D… (default: "
                       + "the configured one)") String expiresIn) {
        if ((user == null) == (email == null)) {
            throw new ParameterException(spec.commandLine(), user == null
                    ? "Missing required option: --user=<user id> or --email=<address>"
                    : "--user and --email are mutually exclusive: invite a user or an email, not both");
        }
        Invitee invitee = user != null ? new Invitee.Known(new UserId(user))
                : new Invitee.ByEmail(option("--email", () -> EmailAddress.parse(email, "email")));
        MemberRole memberRole = UdataText.role(role, "--role");
        var subjects = assign == null ? java.util.Set.<io.memberkit.domain.assignment.SubjectRef>of()
                : assign.stream().map(s -> UdataText.subject(s, "--assign")).collect(Collectors.toSet());
        var delay = Optional.ofNullable(expiresIn).map(e -> io.memberkit.bootstrap.surface.Durations.parse(e,
                "--expires-in"));
        var organization = org(idOrSlug);
        var invitation = uc().inviteMember().invite(new InviteMember(actor(), organization, invitee, memberRole,
                subjects, comment, delay));
        out().done(UdataViews.request(invitation, accounts(), viewerIn(organization)), "Invited " + invitee + " as "
                + UdataValues.memberRole(invitation.role()) + ": invitation " + invitation.id() + ", expires "
                + UdataValues.isoDate(invitation.expiresAt()) + ".");
        return ExitCodes.DONE;
    }

    @Command(name = "role", mixinStandardHelpOptions = true, description = "Changes a member's role.")
    int role(@Parameters(paramLabel = "<org>") String idOrSlug, @Parameters(paramLabel = "<user id>") String user,
             @Parameters(paramLabel = "<role>", description = "admin, editor or partial_editor") String role) {
        var newRole = UdataText.role(role, "<role>");
        var organization = org(idOrSlug);
        var member = uc().changeMemberRole().change(new ChangeMemberRole(actor(), organization, new UserId(user),
                newRole));
        out().done(UdataViews.member(member, accounts().apply(member.user()), viewerIn(organization)),
                user + " is now " + UdataValues.memberRole(member.role()) + " of " + idOrSlug + ".");
        return ExitCodes.DONE;
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Removes a member (refused for the last admin: LAST_ADMIN).")
    int remove(@Parameters(paramLabel = "<org>") String idOrSlug, @Parameters(paramLabel = "<user id>") String user) {
        var removed = uc().removeMember().remove(new RemoveMember(actor(), org(idOrSlug), new UserId(user)));
        out().done(new CliViews.Removed(removed.organization().value(), removed.user().value(),
                UdataValues.memberRole(removed.role())), "Removed " + user + " from " + idOrSlug + ".");
        return ExitCodes.DONE;
    }
}
