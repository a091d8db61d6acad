package io.memberkit.bootstrap.cli;

import io.memberkit.application.port.in.member.ApplyMembershipPlan;
import io.memberkit.application.port.in.member.PlanMembership;
import io.memberkit.bootstrap.surface.MemberLists;
import io.memberkit.bootstrap.surface.SurfaceViews;
import io.memberkit.domain.error.LineRefusal;
import io.memberkit.domain.error.RuleBroken;
import io.memberkit.domain.membership.MembershipPlan;
import io.memberkit.domain.membership.RemovalPolicy;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code members plan} and {@code members apply}: bring an organization's members to a list (CSV
 * {@code user_or_email,role,assignments} or a JSON array). What happens to members the list does not mention is
 * never a default: {@code --remove-missing} or {@code --keep-missing} is required.
 */
final class MembershipPlanCommands {
    private MembershipPlanCommands() {
    }

    /** The options plan and apply share. */
    @Command
    abstract static class PlanOptions extends AreaSubcommand {
        @Parameters(paramLabel = "<org>", arity = "0..1", description = "the organization (or --org)")
        String orgParameter;

        @Option(names = "--org", description = "the organization, by id or slug")
        String orgOption;

        @Option(names = "--from", required = true, paramLabel = "FILE",
                description = "CSV user_or_email,role,assignments (Dataset:id;Dataset:id) or a JSON array of "
                        + "{user|email, role, assignments}")
        Path from;

        @Option(names = "--remove-missing", description = "remove members and cancel invitations the list omits")
        boolean removeMissing;

        @Option(names = "--keep-missing", description = "keep members and invitations the list omits")
        boolean keepMissing;

        MembershipPlan plan() {
            if (removeMissing == keepMissing) {
                throw usage(removeMissing ? "--remove-missing and --keep-missing are mutually exclusive"
                        : "Missing required option: --remove-missing or --keep-missing (what to do with members the "
                        + "list does not mention is never a default)");
            }
            if ((orgParameter == null) == (orgOption == null)) {
                throw usage(orgParameter == null ? "Missing required organization: <org> or --org"
                        : "give the organization once: <org> or --org");
            }
            var lines = MemberLists.desired(read(from, "--from"), "--from");
            var organization = area.org(orgParameter != null ? orgParameter : orgOption);
            return area.uc().planMembership().plan(new PlanMembership(area.actor(), organization, lines,
                    removeMissing ? RemovalPolicy.REMOVE_MISSING : RemovalPolicy.KEEP_MISSING));
        }

        /** The plan as a table of steps (then its refused lines), or as JSON. */
        void print(MembershipPlan plan, String emptySentence) {
            var out = area.out();
            if (out.json()) {
                out.print(SurfaceViews.plan(plan), null);
                return;
            }
            if (plan.isEmpty()) {
                out.text(w -> w.println(emptySentence));
                return;
            }
            var view = SurfaceViews.plan(plan);
            if (!view.steps().isEmpty()) {
                var table = new Table("LINE", "ACTION", "WHO", "ROLE", "WAS", "ASSIGNMENTS");
                view.steps().forEach(s -> table.row(s.line() == 0 ? "-" : s.line(), s.action(),
                        s.user() != null ? s.user() : s.email(), s.role(), s.previousRole() != null ? s.previousRole()
                                : s.previousAssignments() == null ? null : String.join(";", s.previousAssignments()),
                        s.assignments() == null ? null : String.join(";", s.assignments())));
                out.print(null, table);
            }
            out.text(w -> {
                long count = view.steps().size();
                w.println(count + " change(s): " + summary(plan));
                plan.refusals().forEach(r -> w.println("refused: " + r.describe()));
            });
        }

        private static String summary(MembershipPlan plan) {
            var view = SurfaceViews.plan(plan);
            var counts = new java.util.TreeMap<String, Long>();
            view.steps().forEach(s -> counts.merge(s.action(), 1L, Long::sum));
            return counts.isEmpty() ? "none" : String.join(", ", counts.entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey()).toList());
        }
    }

    @Command(name = "plan", mixinStandardHelpOptions = true,
            description = "Shows what it takes to bring the members to a list: invitations, role and assignment "
                    + "changes, removals, refused lines. Changes nothing. Exit 1 when a line is refused.")
    static final class Plan extends PlanOptions {
        @Override
        public Integer call() {
            var plan = plan();
            print(plan, "Nothing to do: the members already match the list.");
            return plan.isRefused() ? ExitCodes.REFUSED : ExitCodes.DONE;
        }
    }

    @Command(name = "apply", mixinStandardHelpOptions = true,
            description = "Applies exactly the plan 'members plan' shows, all or nothing; a second apply has nothing "
                    + "to do.")
    static final class Apply extends PlanOptions {
        @Override
        public Integer call() {
            var plan = plan();
            if (plan.isRefused()) {
                print(plan, "");
                printRefused(plan.refusals());
                return ExitCodes.REFUSED;
            }
            MembershipPlan done;
            try {
                done = area.uc().applyMembershipPlan().apply(new ApplyMembershipPlan(area.actor(), plan));
            } catch (RuleBroken broken) {
                if (broken.lines().isEmpty()) {
                    throw broken;
                }
                printRefused(broken.lines());
                return ExitCodes.REFUSED;
            }
            print(done, "nothing to do: the members already match the list.");
            return ExitCodes.DONE;
        }

        private void printRefused(List<LineRefusal> lines) {
            var err = spec.commandLine().getErr();
            err.println("refused (LINES_REFUSED): nothing applied; " + lines.size() + " line(s) refused");
            lines.forEach(l -> err.println("  " + l.describe()));
        }
    }
}
