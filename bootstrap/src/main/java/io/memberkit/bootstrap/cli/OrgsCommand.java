package io.memberkit.bootstrap.cli;

import io.memberkit.adapter.http.udata.mapping.UdataMemberMapper;
import io.memberkit.adapter.http.udata.mapping.UdataOrganizationMapper;
import io.memberkit.adapter.http.udata.mapping.UdataPages;
import io.memberkit.adapter.http.udata.mapping.UdataText;
import io.memberkit.adapter.http.udata.mapping.UdataValues;
import io.memberkit.adapter.http.udata.wire.UdataFollowerCount;
import io.memberkit.application.port.in.follow.StartFollowing;
import io.memberkit.application.port.in.follow.StopFollowing;
import io.memberkit.application.port.in.member.ListMembers;
import io.memberkit.application.port.in.organization.AddBadge;
import io.memberkit.application.port.in.organization.CreateOrganization;
import io.memberkit.application.port.in.organization.DeleteOrganization;
import io.memberkit.application.port.in.organization.ListMemberRoles;
import io.memberkit.application.port.in.organization.ListOrganizations;
import io.memberkit.application.port.in.organization.RemoveBadge;
import io.memberkit.application.port.in.organization.SuggestOrganizations;
import io.memberkit.application.port.in.organization.UpdateOrganization;
import io.memberkit.application.port.in.permission.GetOrganizationPermissions;
import io.memberkit.application.port.out.OrganizationQuery;
import io.memberkit.bootstrap.udata.UdataViews;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.WebUrl;
import io.memberkit.domain.follow.FollowTarget;
import io.memberkit.domain.organization.BusinessNumber;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.organization.OrganizationDetails;
import io.memberkit.domain.permission.OrganizationPermissions;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Organizations: list, show, create, update, delete, suggest, badges, follow, permissions. */
@Command(name = "orgs", mixinStandardHelpOptions = true, subcommands = {OrgsCommand.BadgeCommand.class,
        OrgsJoinCommands.Domains.class, OrgsJoinCommands.JoinRole.class},
        description = "Organizations: list, show, create, update, delete, suggest, badges, follow, permissions.")
final class OrgsCommand extends AreaCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists or searches organizations.")
    int list(@Option(names = "--q", description = "prefix of name, acronym or slug") String q,
             @Option(names = "--badge", description = "public-service, certified, association, company, "
                     + "local-authority") String badge,
             @Option(names = "--name", description = "exact name, case-insensitive") String name,
             @Option(names = "--siret", description = "exact SIRET (business_number_id)") String siret,
             @Option(names = "--sort", description = "name, created, followers…; '-' first for descending")
             String sort,
             @Option(names = "--page", defaultValue = "1") int page,
             @Option(names = "--page-size", defaultValue = "20") int pageSize) {
        var query = ProfileOptions.named(() -> new OrganizationQuery(Optional.ofNullable(q),
                Optional.ofNullable(badge).map(b -> UdataText.badge(b, "--badge")), Optional.ofNullable(name),
                Optional.ofNullable(siret).map(BusinessNumber::new),
                sort == null ? null : UdataText.organizationSort(sort, "--sort")));
        var found = uc().listOrganizations().list(new ListOrganizations(actor(), query, page(page, pageSize)));
        var table = new Table("ID", "SLUG", "NAME", "BADGES", "MEMBERS");
        found.items().forEach(o -> table.row(o.id(), o.slug(), o.name(), badges(o), o.metrics().members()));
        out().page(found, UdataPages.toWire(found, o -> UdataViews.organization(o, null, null,
                io.memberkit.bootstrap.udata.Viewer.ANONYMOUS), String::valueOf), table);
        return ExitCodes.DONE;
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Shows an organization and its members.")
    int show(@Parameters(paramLabel = "<org>", description = "id or slug") String idOrSlug) {
        var organization = organization(idOrSlug);
        var members = uc().listMembers().list(new ListMembers(actor(), organization.id(), Optional.empty(),
                PageRequest.first(PageRequest.MAX_SIZE)));
        var permissions = uc().getOrganizationPermissions().get(new GetOrganizationPermissions(actor(),
                organization.id()));
        var viewer = viewerIn(organization.id());
        var view = UdataViews.organization(organization, members.items(), permissions, viewer);
        if (out().json()) {
            out().print(view, null);
            return ExitCodes.DONE;
        }
        out().text(w -> {
            Table.fields("id", organization.id(), "name", organization.name(), "acronym", organization.acronym(),
                    "slug", organization.slug(), "siret", view.businessNumberId(), "url", view.url(),
                    "badges", badges(organization), "created", view.createdAt(), "deleted", view.deleted(),
                    "followers", organization.metrics().followers()).print(w);
            w.println();
            var table = new Table("MEMBER", "NAME", "EMAIL", "ROLE", "SINCE");
            view.members().forEach(m -> table.row(m.user().id(), m.user().firstName() + " " + m.user().lastName(),
                    m.user().email(), m.role(), m.since()));
            table.print(w);
        });
        return ExitCodes.DONE;
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Creates an organization; you become its admin.")
    int create(@Option(names = "--name", required = true) String name,
               @Option(names = "--acronym") String acronym,
               @Option(names = "--description") String description,
               @Option(names = "--url") String url,
               @Option(names = "--siret") String siret) {
        var details = ProfileOptions.named(() -> new OrganizationDetails(name, acronym, description,
                WebUrl.parseOptional(url, "url"), null, BusinessNumber.parseOptional(siret)));
        var created = uc().createOrganization().create(new CreateOrganization(actor(), details));
        out().done(UdataViews.organization(created, null, OrganizationPermissions.ALL, viewer()),
                "Created " + created.name() + ": id " + created.id() + ", slug " + created.slug() + ".");
        return ExitCodes.DONE;
    }

    @Command(name = "update", mixinStandardHelpOptions = true, description = "Changes the fields given.")
    int update(@Parameters(paramLabel = "<org>") String idOrSlug,
               @Option(names = "--name") String name,
               @Option(names = "--acronym") String acronym,
               @Option(names = "--description") String description,
               @Option(names = "--url") String url,
               @Option(names = "--siret") String siret) {
        var current = organization(idOrSlug);
        var details = ProfileOptions.named(() -> new OrganizationDetails(
                name == null ? current.name() : name,
                acronym == null ? current.acronym() : acronym,
                description == null ? current.description() : description,
                url == null ? current.url() : WebUrl.parseOptional(url, "url"), current.logo(),
                siret == null ? current.businessNumber() : BusinessNumber.parseOptional(siret)));
        var updated = uc().updateOrganization().update(new UpdateOrganization(actor(), current.id(), details));
        out().done(UdataViews.organization(updated, null, null, viewer()), "Updated " + updated.slug() + ".");
        return ExitCodes.DONE;
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Deletes an organization (admins).")
    int delete(@Parameters(paramLabel = "<org>") String idOrSlug) {
        var deleted = uc().deleteOrganization().delete(new DeleteOrganization(actor(), org(idOrSlug)));
        out().done(UdataViews.organization(deleted, null, null, viewer()), "Deleted " + deleted.slug() + ".");
        return ExitCodes.DONE;
    }

    @Command(name = "suggest", mixinStandardHelpOptions = true, description = "Organizations whose name starts with <q>.")
    int suggest(@Parameters(paramLabel = "<q>") String q,
                @Option(names = "--size", defaultValue = "10", description = "1 to 20") int size) {
        var found = uc().suggestOrganizations().suggest(new SuggestOrganizations(actor(), q, UsersCommand.size(size)));
        var table = new Table("ID", "SLUG", "NAME");
        found.forEach(o -> table.row(o.id(), o.slug(), o.name()));
        out().print(found.stream().map(UdataOrganizationMapper.INSTANCE::toSuggestion).toList(), table);
        return ExitCodes.DONE;
    }

    @Command(name = "roles", mixinStandardHelpOptions = true, description = "The member roles.")
    int roles() {
        var roles = uc().listMemberRoles().list(new ListMemberRoles(actor()));
        var table = new Table("ID", "LABEL");
        roles.forEach(r -> table.row(UdataValues.memberRole(r), UdataValues.memberRoleLabel(r)));
        out().print(roles.stream().map(UdataMemberMapper.INSTANCE::toWire).toList(), table);
        return ExitCodes.DONE;
    }

    @Command(name = "follow", mixinStandardHelpOptions = true, description = "Follows an organization.")
    int follow(@Parameters(paramLabel = "<org>") String idOrSlug) {
        var result = uc().startFollowing().follow(new StartFollowing(actor(),
                new FollowTarget.OfOrganization(org(idOrSlug))));
        out().done(new UdataFollowerCount(result.followers()), (result.created() ? "Following" : "Already following")
                + " " + idOrSlug + " (" + result.followers() + " followers).");
        return ExitCodes.DONE;
    }

    @Command(name = "unfollow", mixinStandardHelpOptions = true, description = "Stops following an organization.")
    int unfollow(@Parameters(paramLabel = "<org>") String idOrSlug) {
        long followers = uc().stopFollowing().unfollow(new StopFollowing(actor(),
                new FollowTarget.OfOrganization(org(idOrSlug))));
        out().done(new UdataFollowerCount(followers), "No longer following " + idOrSlug + " (" + followers
                + " followers).");
        return ExitCodes.DONE;
    }

    @Command(name = "followers", mixinStandardHelpOptions = true, description = "An organization's followers.")
    int followers(@Parameters(paramLabel = "<org>") String idOrSlug,
                  @Option(names = "--page", defaultValue = "1") int page,
                  @Option(names = "--page-size", defaultValue = "20") int pageSize) {
        printFollowers(new FollowTarget.OfOrganization(org(idOrSlug)), page, pageSize);
        return ExitCodes.DONE;
    }

    @Command(name = "permissions", mixinStandardHelpOptions = true, description = "What you may do in an organization.")
    int permissions(@Parameters(paramLabel = "<org>") String idOrSlug) {
        return PermissionsCommand.print(this, org(idOrSlug));
    }

    static String badges(Organization organization) {
        return String.join(",", organization.badges().stream().sorted().map(UdataValues::badge).toList());
    }

    /** {@code orgs badge add|remove <org> <badge>}: site admins only. */
    @Command(name = "badge", mixinStandardHelpOptions = true, description = "Adds or removes a badge (site admins).")
    static final class BadgeCommand implements Runnable {
        @picocli.CommandLine.ParentCommand
        OrgsCommand orgs;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Missing required subcommand of 'memberkit orgs badge': add or remove");
        }

        @Command(name = "add", mixinStandardHelpOptions = true, description = "Adds a badge.")
        int add(@Parameters(paramLabel = "<org>") String idOrSlug, @Parameters(paramLabel = "<badge>") String badge) {
            var kind = UdataText.badge(badge, "<badge>");
            var organization = orgs.uc().addBadge().add(new AddBadge(orgs.actor(), orgs.org(idOrSlug), kind));
            orgs.out().done(UdataViews.organization(organization, null, null, orgs.viewer()),
                    organization.slug() + " now has badges: " + badges(organization) + ".");
            return ExitCodes.DONE;
        }

        @Command(name = "remove", mixinStandardHelpOptions = true, description = "Removes a badge.")
        int remove(@Parameters(paramLabel = "<org>") String idOrSlug,
                   @Parameters(paramLabel = "<badge>") String badge) {
            var kind = UdataText.badge(badge, "<badge>");
            var organization = orgs.uc().removeBadge().remove(new RemoveBadge(orgs.actor(), orgs.org(idOrSlug), kind));
            orgs.out().done(UdataViews.organization(organization, null, null, orgs.viewer()),
                    organization.slug() + " now has badges: " + (organization.badges().isEmpty() ? "none"
                            : badges(organization)) + ".");
            return ExitCodes.DONE;
        }
    }
}
