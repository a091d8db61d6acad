package io.memberkit.bootstrap.cli;

import io.memberkit.adapter.http.udata.mapping.UdataPages;
import io.memberkit.adapter.http.udata.mapping.UdataValues;
import io.memberkit.application.port.in.audit.ListAuditTrail;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** An organization's audit trail: who did what, when. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "An organization's audit trail.")
final class AuditCommand extends AreaCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The trail, oldest first (admins, editors).")
    int list(@Parameters(paramLabel = "<org>") String idOrSlug,
             @Option(names = "--page", defaultValue = "1") int page,
             @Option(names = "--page-size", defaultValue = "20") int pageSize) {
        var found = uc().listAuditTrail().list(new ListAuditTrail(actor(), org(idOrSlug), page(page, pageSize)));
        var table = new Table("#", "AT", "ACTOR", "EVENT", "WHAT");
        found.items().forEach(e -> table.row(e.sequence(), UdataValues.isoDate(e.at()), e.actor(), e.type(),
                e.description()));
        out().page(found, UdataPages.toWire(found, e -> new CliViews.AuditEntry(e.sequence(),
                UdataValues.isoDate(e.at()), e.actor() == null ? null : e.actor().value(),
                e.organization() == null ? null : e.organization().value(), e.type(), e.description()),
                String::valueOf), table);
        return ExitCodes.DONE;
    }
}
