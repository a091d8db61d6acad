package io.memberkit.bootstrap.cli;

import io.memberkit.application.port.in.organization.ChangeDefaultJoinRole;
import io.memberkit.application.port.in.organization.DeclareDomain;
import io.memberkit.application.port.in.organization.GetJoinPolicy;
import io.memberkit.application.port.in.organization.MarkDomainVerified;
import io.memberkit.application.port.in.organization.RemoveDomain;
import io.memberkit.bootstrap.surface.SurfaceViews;
import io.memberkit.adapter.http.udata.mapping.UdataText;
import io.memberkit.adapter.http.udata.mapping.UdataValues;
import io.memberkit.domain.common.EmailDomain;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.membership.JoinPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** How people join an organization: its declared email domains and its default join role. */
final class OrgsJoinCommands {
    private OrgsJoinCommands() {
    }

    static void print(AreaCommand area, OrganizationId organization, JoinPolicy policy, String sentence) {
        var view = SurfaceViews.joinPolicy(organization.value(), policy);
        var out = area.out();
        if (out.json()) {
            out.print(view, null);
            return;
        }
        if (sentence != null) {
            out.text(w -> w.println(sentence));
        }
        var table = new Table("DOMAIN", "VERIFIED", "DECLARED", "VERIFIED ON");
        view.domains().forEach(d -> table.row(d.domain(), d.verified() ? "yes" : "no", d.declaredOn(),
                d.verifiedOn()));
        out.print(null, table);
        out.text(w -> w.println("default join role: " + view.defaultJoinRole()));
    }

    @Command(name = "domains", mixinStandardHelpOptions = true,
            description = "An organization's email domains: list, declare, remove (admins), verify (site admins).")
    static final class Domains extends AreaSubcommand {
        @Override
        public Integer call() {
            throw usage("Missing required subcommand of 'memberkit orgs domains': list, declare, remove or verify");
        }

        @Command(name = "list", mixinStandardHelpOptions = true, description = "Declared domains and the join role.")
        int list(@Parameters(paramLabel = "<org>") String idOrSlug) {
            var organization = area.org(idOrSlug);
            print(area, organization, area.uc().getJoinPolicy().get(new GetJoinPolicy(area.actor(), organization)),
                    null);
            return ExitCodes.DONE;
        }

        @Command(name = "declare", mixinStandardHelpOptions = true,
                description = "Declares an email domain as the organization's (unverified until a site admin "
                        + "verifies it).")
        int declare(@Parameters(paramLabel = "<org>") String idOrSlug,
                    @Parameters(paramLabel = "<domain>") String domain) {
            var parsed = AreaCommand.option("<domain>", () -> EmailDomain.parse(domain, "domain"));
            var organization = area.org(idOrSlug);
            print(area, organization, area.uc().declareDomain().declare(new DeclareDomain(area.actor(), organization,
                    parsed)), parsed + " declared for " + idOrSlug + ".");
            return ExitCodes.DONE;
        }

        @Command(name = "remove", mixinStandardHelpOptions = true, description = "Removes a declared domain.")
        int remove(@Parameters(paramLabel = "<org>") String idOrSlug,
                   @Parameters(paramLabel = "<domain>") String domain) {
            var parsed = AreaCommand.option("<domain>", () -> EmailDomain.parse(domain, "domain"));
            var organization = area.org(idOrSlug);
            print(area, organization, area.uc().removeDomain().remove(new RemoveDomain(area.actor(), organization,
                    parsed)), parsed + " removed from " + idOrSlug + ".");
            return ExitCodes.DONE;
        }

        @Command(name = "verify", mixinStandardHelpOptions = true,
                description = "Marks a declared domain verified (site admins): verified addresses on it join at once.")
        int verify(@Parameters(paramLabel = "<org>") String idOrSlug,
                   @Parameters(paramLabel = "<domain>") String domain) {
            var parsed = AreaCommand.option("<domain>", () -> EmailDomain.parse(domain, "domain"));
            var organization = area.org(idOrSlug);
            print(area, organization, area.uc().markDomainVerified().mark(new MarkDomainVerified(area.actor(),
                    organization, parsed)), parsed + " is verified for " + idOrSlug + ".");
            return ExitCodes.DONE;
        }
    }

    @Command(name = "join-role", mixinStandardHelpOptions = true,
            description = "The role people joining through a verified domain get: editor or partial_editor.")
    static final class JoinRole extends AreaSubcommand {
        @Parameters(paramLabel = "<org>")
        String idOrSlug;

        @Parameters(paramLabel = "<role>", description = "editor or partial_editor")
        String role;

        @Override
        public Integer call() {
            var parsed = UdataText.role(role, "<role>");
            var organization = area.org(idOrSlug);
            var command = AreaCommand.option("<role>", () -> new ChangeDefaultJoinRole(area.actor(), organization,
                    parsed));
            var policy = area.uc().changeDefaultJoinRole().change(command);
            print(area, organization, policy, "People joining " + idOrSlug + " through a verified domain now become "
                    + UdataValues.memberRole(policy.defaultRole()) + ".");
            return ExitCodes.DONE;
        }
    }
}
