package io.memberkit.bootstrap.cli;

import io.memberkit.adapter.http.udata.mapping.UdataOrganizationMapper;
import io.memberkit.adapter.http.udata.mapping.UdataText;
import io.memberkit.adapter.http.udata.mapping.UdataValues;
import io.memberkit.application.port.in.permission.GetOrganizationPermissions;
import io.memberkit.application.port.in.permission.MayEdit;
import io.memberkit.bootstrap.surface.SurfaceViews;
import io.memberkit.domain.common.OrganizationId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** What the actor may do: an organization's permission object, and "may I edit this object". */
@Command(name = "permissions", mixinStandardHelpOptions = true,
        description = "What you (--as) may do: show <org>, may-edit <org> Class:id.")
final class PermissionsCommand extends AreaCommand {

    @Command(name = "show", mixinStandardHelpOptions = true, description = "uData's permission object on an organization.")
    int show(@Parameters(paramLabel = "<org>") String idOrSlug) {
        return print(this, org(idOrSlug));
    }

    @Command(name = "may-edit", mixinStandardHelpOptions = true,
            description = "Whether you may edit an object of an organization: yes or no.")
    int mayEdit(@Parameters(paramLabel = "<org>") String idOrSlug,
                @Parameters(paramLabel = "Class:id", description = "such as Dataset:budget-2024") String subject) {
        var ref = UdataText.subject(subject, "Class:id");
        var organization = org(idOrSlug);
        boolean allowed = uc().mayEdit().mayEdit(new MayEdit(actor(), organization, ref));
        out().done(new SurfaceViews.MayEdit(organization.value(), UdataValues.subject(ref),
                actor().userId().map(u -> u.value()).orElse(null), allowed), allowed ? "yes" : "no");
        return ExitCodes.DONE;
    }

    static int print(AreaCommand area, OrganizationId organization) {
        var permissions = area.uc().getOrganizationPermissions().get(new GetOrganizationPermissions(area.actor(),
                organization));
        area.out().print(UdataOrganizationMapper.INSTANCE.toWire(permissions), Table.fields("edit", permissions.edit(),
                "delete", permissions.delete(), "members", permissions.members(), "harvest", permissions.harvest(),
                "private", permissions.privateAccess()));
        return ExitCodes.DONE;
    }
}
