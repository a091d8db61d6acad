package io.memberkit.bootstrap.cli;

import io.memberkit.adapter.http.udata.mapping.UdataText;
import io.memberkit.adapter.http.udata.mapping.UdataValues;
import io.memberkit.application.port.in.assignment.RegisterSubject;
import io.memberkit.application.port.in.assignment.RemoveSubject;
import io.memberkit.domain.assignment.Subject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The platform's objects (datasets, reuses…) as far as assignments need them: which organization owns each. */
@Command(name = "subjects", mixinStandardHelpOptions = true,
        description = "Objects assignments point at: register one of an organization, remove one.")
final class SubjectsCommand extends AreaCommand {

    @Command(name = "register", mixinStandardHelpOptions = true, description = "Declares an object of an organization.")
    int register(@Parameters(paramLabel = "<org>") String idOrSlug,
                 @Parameters(paramLabel = "Class:id", description = "such as Dataset:budget-2024") String subject) {
        var ref = UdataText.subject(subject, "Class:id");
        var registered = uc().registerSubject().register(new RegisterSubject(actor(), new Subject(ref,
                org(idOrSlug))));
        out().done(new CliViews.Subject(UdataValues.subject(registered.ref()), registered.owner().value()),
                "Registered " + UdataText.subject(registered.ref()) + " of " + idOrSlug + ".");
        return ExitCodes.DONE;
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Removes an object: its assignments go with it.")
    int remove(@Parameters(paramLabel = "Class:id") String subject) {
        var ref = UdataText.subject(subject, "Class:id");
        var removed = uc().removeSubject().remove(new RemoveSubject(actor(), ref));
        out().done(new CliViews.Subject(UdataValues.subject(removed), null), "Removed " + UdataText.subject(removed)
                + ".");
        return ExitCodes.DONE;
    }
}
