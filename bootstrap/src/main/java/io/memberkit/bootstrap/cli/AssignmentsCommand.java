package io.memberkit.bootstrap.cli;

import io.memberkit.adapter.http.udata.mapping.UdataText;
import io.memberkit.adapter.http.udata.mapping.UdataValues;
import io.memberkit.application.port.in.assignment.ListAssignments;
import io.memberkit.application.port.in.assignment.SyncAssignments;
import io.memberkit.bootstrap.udata.UdataViews;
import io.memberkit.domain.assignment.Assignment;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.UserId;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Partial editors' assignments: the objects each may edit. */
@Command(name = "assignments", mixinStandardHelpOptions = true, description = "Partial editors' assignments: list, sync.")
final class AssignmentsCommand extends AreaCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "An organization's assignments.")
    int list(@Parameters(paramLabel = "<org>") String idOrSlug) {
        var organization = org(idOrSlug);
        var found = uc().listAssignments().list(new ListAssignments(actor(), organization, null));
        print(organization, found.items());
        return ExitCodes.DONE;
    }

    @Command(name = "sync", mixinStandardHelpOptions = true,
            description = "Replaces a partial editor's assignments with the objects given (none: removes them all).")
    int sync(@Parameters(paramLabel = "<org>", index = "0") String idOrSlug,
             @Parameters(paramLabel = "<user id>", index = "1") String user,
             @Parameters(paramLabel = "Class:id", index = "2..*", arity = "0..*",
                     description = "such as Dataset:budget-2024") List<String> subjects) {
        var refs = subjects == null ? java.util.Set.<io.memberkit.domain.assignment.SubjectRef>of()
                : subjects.stream().map(s -> UdataText.subject(s, "Class:id")).collect(Collectors.toSet());
        var organization = org(idOrSlug);
        var synced = uc().syncAssignments().sync(new SyncAssignments(actor(), organization, new UserId(user), refs));
        print(organization, synced);
        return ExitCodes.DONE;
    }

    private void print(OrganizationId organization, List<Assignment> assignments) {
        var accounts = accounts();
        var viewer = viewerIn(organization);
        var shown = organizations().apply(organization);
        var table = new Table("USER", "NAME", "OBJECT", "SINCE");
        assignments.forEach(a -> table.row(a.user(), accounts.apply(a.user()).map(u -> u.fullName()).orElse(null),
                UdataText.subject(a.subject()), UdataValues.isoDate(a.created())));
        out().print(assignments.stream().map(a -> UdataViews.assignment(a, accounts, shown, viewer)).toList(), table);
    }
}
