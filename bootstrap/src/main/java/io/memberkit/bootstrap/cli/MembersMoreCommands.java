package io.memberkit.bootstrap.cli;

import io.memberkit.application.port.in.member.AddMember;
import io.memberkit.application.port.in.member.BulkInvite;
import io.memberkit.application.port.in.member.CountMembers;
import io.memberkit.application.port.in.member.HandOverAndLeave;
import io.memberkit.application.port.in.member.LeaveOrganization;
import io.memberkit.bootstrap.surface.Durations;
import io.memberkit.bootstrap.surface.MemberLists;
import io.memberkit.bootstrap.surface.SurfaceViews;
import io.memberkit.adapter.http.udata.mapping.UdataText;
import io.memberkit.adapter.http.udata.mapping.UdataValues;
import io.memberkit.bootstrap.udata.UdataViews;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.RuleBroken;
import io.memberkit.domain.membership.MemberRole;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The members area's commands beyond list/invite/role/remove: bulk-invite, leave, hand-over, count, add. */
final class MembersMoreCommands {
    private MembersMoreCommands() {
    }

    static Set<SubjectRef> subjects(List<String> assign) {
        return assign == null ? Set.of() : assign.stream().map(s -> UdataText.subject(s, "--assign"))
                .collect(Collectors.toSet());
    }

    @Command(name = "bulk-invite", mixinStandardHelpOptions = true,
            description = "Invites everyone a file lists (a user id or an email a line; a CSV's first cell; or a "
                    + "JSON array), all or nothing: a refused line is printed and nothing is invited.")
    static final class BulkInviteCommand extends AreaSubcommand {
        @Parameters(paramLabel = "<org>")
        String idOrSlug;

        @Option(names = "--from", required = true, paramLabel = "FILE")
        Path from;

        @Option(names = "--role", defaultValue = "editor", description = "admin, editor (default) or partial_editor")
        String role;

        @Option(names = "--assign", arity = "1..*", description = "for a partial_editor: Dataset:id …")
        List<String> assign;

        @Option(names = "--comment", description = "a message to the invitees")
        String comment;

        @Option(names = "--expires-in", description = "the invitations' delay: 3d, 12h, P3D…")
        String expiresIn;

        @Override
        public Integer call() {
            MemberRole memberRole = UdataText.role(role, "--role");
            var subjects = subjects(assign);
            var delay = Optional.ofNullable(expiresIn).map(e -> Durations.parse(e, "--expires-in"));
            var lines = MemberLists.invitees(read(from, "--from"), "--from");
            var organization = area.org(idOrSlug);
            List<io.memberkit.domain.membership.MembershipRequest> invited;
            try {
                invited = area.uc().bulkInvite().invite(new BulkInvite(area.actor(), organization, lines.stream()
                        .map(MemberLists.NumberedInvitee::invitee).toList(), memberRole, subjects, comment, delay));
            } catch (RuleBroken broken) {
                if (broken.lines().isEmpty()) {
                    throw broken;
                }
                var err = spec.commandLine().getErr();
                err.println("refused (" + broken.rule() + "): nothing invited; " + broken.lines().size()
                        + " line(s) refused");
                // the use case counts the invitees from 1; the file's own line numbers are what people look at
                broken.lines().forEach(l -> err.println("  line " + (l.line() >= 1 && l.line() <= lines.size()
                        ? lines.get(l.line() - 1).line() : l.line()) + " (" + l.subject() + "): "
                        + l.rule().map(Enum::name).or(l::field).orElse(l.kind().name()) + ": " + l.message()));
                return ExitCodes.REFUSED;
            }
            var accounts = area.accounts();
            var viewer = area.viewerIn(organization);
            var out = area.out();
            if (out.json()) {
                out.print(invited.stream().map(r -> UdataViews.request(r, accounts, viewer)).toList(), null);
            } else {
                var table = new Table("LINE", "INVITATION", "WHO", "ROLE", "EXPIRES");
                for (int i = 0; i < invited.size(); i++) {
                    var r = invited.get(i);
                    table.row(lines.get(i).line(), r.id(), lines.get(i).invitee(), UdataValues.memberRole(r.role()),
                            UdataValues.isoDate(r.expiresAt()));
                }
                out.print(null, table);
                out.text(w -> w.println(invited.size() + " invitation(s) sent."));
            }
            return ExitCodes.DONE;
        }
    }

    @Command(name = "leave", mixinStandardHelpOptions = true,
            description = "Leaves an organization (refused for the last admin: LAST_ADMIN; see hand-over).")
    static final class Leave extends AreaSubcommand {
        @Parameters(paramLabel = "<org>")
        String idOrSlug;

        @Override
        public Integer call() {
            var left = area.uc().leaveOrganization().leave(new LeaveOrganization(area.actor(), area.org(idOrSlug)));
            area.out().done(new CliViews.Removed(left.organization().value(), left.user().value(),
                    UdataValues.memberRole(left.role())), "You left " + idOrSlug + ".");
            return ExitCodes.DONE;
        }
    }

    @Command(name = "hand-over", mixinStandardHelpOptions = true,
            description = "Makes another member admin and leaves, in one step: how the last admin leaves.")
    static final class HandOver extends AreaSubcommand {
        @Parameters(paramLabel = "<org>")
        String idOrSlug;

        @Option(names = "--to", required = true, paramLabel = "<user id>", description = "the member who takes over")
        String successor;

        @Override
        public Integer call() {
            var organization = area.org(idOrSlug);
            var member = area.uc().handOverAndLeave().handOver(new HandOverAndLeave(area.actor(), organization,
                    new UserId(successor)));
            area.out().done(UdataViews.member(member, area.accounts().apply(member.user()), area.viewer()),
                    successor + " is now " + UdataValues.memberRole(member.role()) + " of " + idOrSlug + "; you left.");
            return ExitCodes.DONE;
        }
    }

    @Command(name = "count", mixinStandardHelpOptions = true, description = "How many members hold each role.")
    static final class Count extends AreaSubcommand {
        @Parameters(paramLabel = "<org>")
        String idOrSlug;

        @Override
        public Integer call() {
            var organization = area.org(idOrSlug);
            var counts = area.uc().countMembers().count(new CountMembers(area.actor(), organization));
            var view = SurfaceViews.counts(organization.value(), counts);
            var table = new Table("ROLE", "MEMBERS");
            table.row("admin", view.admin()).row("editor", view.editor()).row("partial_editor", view.partialEditor())
                    .row("total", view.total());
            area.out().print(view, table);
            return ExitCodes.DONE;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Adds an existing account directly, without an invitation (local database and AWX; "
                    + "uData and Isogeo: not supported).")
    static final class Add extends AreaSubcommand {
        @Parameters(paramLabel = "<org>")
        String idOrSlug;

        @Parameters(paramLabel = "<user id>")
        String user;

        @Option(names = "--role", defaultValue = "editor", description = "admin, editor (default) or partial_editor")
        String role;

        @Override
        public Integer call() {
            var memberRole = UdataText.role(role, "--role");
            var organization = area.org(idOrSlug);
            var member = area.uc().addMember().add(new AddMember(area.actor(), organization, new UserId(user),
                    memberRole));
            area.out().done(UdataViews.member(member, area.accounts().apply(member.user()),
                    area.viewerIn(organization)), user + " is now " + UdataValues.memberRole(member.role()) + " of "
                    + idOrSlug + ".");
            return ExitCodes.DONE;
        }
    }
}
