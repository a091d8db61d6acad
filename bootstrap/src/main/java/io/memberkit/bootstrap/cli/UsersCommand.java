package io.memberkit.bootstrap.cli;

import io.memberkit.adapter.http.udata.mapping.UdataPages;
import io.memberkit.adapter.http.udata.mapping.UdataText;
import io.memberkit.adapter.http.udata.mapping.UdataValues;
import io.memberkit.adapter.http.udata.wire.UdataFollowerCount;
import io.memberkit.adapter.http.udata.wire.UdataSiteRole;
import io.memberkit.application.port.in.follow.StartFollowing;
import io.memberkit.application.port.in.follow.StopFollowing;
import io.memberkit.application.port.in.user.CreateUser;
import io.memberkit.application.port.in.user.DeleteUser;
import io.memberkit.application.port.in.user.GetUser;
import io.memberkit.application.port.in.user.ListSiteRoles;
import io.memberkit.application.port.in.user.ListUsers;
import io.memberkit.application.port.in.user.RegisterUser;
import io.memberkit.application.port.in.user.SuggestUsers;
import io.memberkit.application.port.in.user.UpdateUser;
import io.memberkit.application.port.out.UserQuery;
import io.memberkit.bootstrap.udata.UdataViews;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.follow.FollowTarget;
import io.memberkit.domain.user.SiteRole;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Accounts: listing and managing them (site admins), registering, suggesting, following. */
@Command(name = "users", mixinStandardHelpOptions = true, description = "Accounts: list, show, register, create, update, delete, follow.",
        subcommands = {UsersMoreCommands.VerifyEmail.class, UsersMoreCommands.PromoteFirstAdmin.class})
final class UsersCommand extends AreaCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists accounts (site admins only).")
    int list(@Option(names = "--q", description = "searches first name, last name and email") String q,
             @Option(names = "--sort", description = "first_name, last_name, created; '-' first for descending")
             String sort,
             @Option(names = "--page", defaultValue = "1") int page,
             @Option(names = "--page-size", defaultValue = "20") int pageSize) {
        var query = new UserQuery(Optional.ofNullable(q),
                sort == null ? null : UdataText.userSort(sort, "--sort"));
        var found = uc().listUsers().list(new ListUsers(actor(), query, page(page, pageSize)));
        var viewer = viewer();
        var table = new Table("ID", "SLUG", "NAME", "EMAIL", "ROLES", "ACTIVE");
        found.items().forEach(u -> table.row(u.id(), u.slug(), u.fullName(),
                u.email() == null ? null : u.email().value(),
                String.join(",", u.roles().stream().map(UdataValues::siteRole).toList()), u.active()));
        out().page(found, UdataPages.toWire(found, u -> UdataViews.user(u, viewer, Optional.empty()), String::valueOf),
                table);
        return ExitCodes.DONE;
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Shows an account.")
    int show(@Parameters(paramLabel = "<user id>") String id) {
        var user = uc().getUser().get(new GetUser(actor(), new UserId(id)));
        var view = UdataViews.user(user, viewer(), Optional.empty());
        out().print(view, Table.fields("id", user.id(), "name", user.fullName(), "slug", user.slug(),
                "email", view.email(), "roles", String.join(",", view.roles()), "active", user.active(),
                "since", view.since()));
        return ExitCodes.DONE;
    }

    @Command(name = "register", mixinStandardHelpOptions = true,
            description = "Registers a new account (anyone): --first-name, --last-name and --email are required.")
    int register(@Mixin ProfileOptions profile) {
        var user = uc().registerUser().register(new RegisterUser(actor(), profile.profile()));
        out().done(UdataViews.user(user, viewer(), Optional.empty()), "Registered " + user.fullName() + ": id "
                + user.id() + ", slug " + user.slug() + ".");
        return ExitCodes.DONE;
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Creates an account (site admins only).")
    int create(@Mixin ProfileOptions profile,
               @Option(names = "--role", description = "site role: admin (repeatable)") List<String> roles,
               @Option(names = "--inactive", description = "create it inactive") boolean inactive) {
        var user = uc().createUser().create(new CreateUser(actor(), profile.profile(), siteRoles(roles), !inactive));
        out().done(UdataViews.user(user, viewer(), Optional.empty()), "Created " + user.fullName() + ": id "
                + user.id() + ", slug " + user.slug() + ".");
        return ExitCodes.DONE;
    }

    @Command(name = "update", mixinStandardHelpOptions = true, description = "Updates an account (site admins only).")
    int update(@Parameters(paramLabel = "<user id>") String id, @Mixin ProfileOptions profile,
               @Option(names = "--role", description = "site roles to set: admin (repeatable)") List<String> roles,
               @Option(names = "--no-roles", description = "removes every site role") boolean noRoles,
               @Option(names = "--active", description = "true or false", arity = "1") Boolean active) {
        Optional<Set<SiteRole>> newRoles = noRoles ? Optional.of(Set.of())
                : roles == null ? Optional.empty() : Optional.of(siteRoles(roles));
        var user = uc().updateUser().update(new UpdateUser(actor(), new UserId(id), profile.changes(), newRoles,
                Optional.ofNullable(active)));
        out().print(UdataViews.user(user, viewer(), Optional.empty()), MeCommand.profile(user));
        return ExitCodes.DONE;
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Deletes an account (site admins only).")
    int delete(@Parameters(paramLabel = "<user id>") String id,
               @Option(names = "--no-mail", description = "do not tell the user by mail") boolean noMail,
               @Option(names = "--delete-comments", description = "also delete their comments") boolean comments) {
        var deleted = uc().deleteUser().delete(new DeleteUser(actor(), new UserId(id), !noMail, comments));
        out().done(UdataViews.user(deleted, viewer(), Optional.empty()), "Deleted account " + deleted.id() + ".");
        return ExitCodes.DONE;
    }

    @Command(name = "roles", mixinStandardHelpOptions = true, description = "The site roles.")
    int roles() {
        var roles = uc().listSiteRoles().list(new ListSiteRoles(actor()));
        var table = new Table("NAME");
        roles.forEach(r -> table.row(UdataValues.siteRole(r)));
        out().print(roles.stream().map(r -> new UdataSiteRole(UdataValues.siteRole(r))).toList(), table);
        return ExitCodes.DONE;
    }

    @Command(name = "suggest", mixinStandardHelpOptions = true, description = "Accounts whose name starts with <q>.")
    int suggest(@Parameters(paramLabel = "<q>") String q,
                @Option(names = "--size", defaultValue = "10", description = "1 to 20") int size) {
        var users = uc().suggestUsers().suggest(new SuggestUsers(actor(), q, size(size)));
        var table = new Table("ID", "SLUG", "NAME");
        users.forEach(u -> table.row(u.id(), u.slug(), u.fullName()));
        out().print(users.stream().map(UdataViews::suggestion).toList(), table);
        return ExitCodes.DONE;
    }

    @Command(name = "follow", mixinStandardHelpOptions = true, description = "Follows an account.")
    int follow(@Parameters(paramLabel = "<user id>") String id) {
        var result = uc().startFollowing().follow(new StartFollowing(actor(), new FollowTarget.OfUser(new UserId(id))));
        out().done(new UdataFollowerCount(result.followers()), (result.created() ? "Following" : "Already following")
                + " " + id + " (" + result.followers() + " followers).");
        return ExitCodes.DONE;
    }

    @Command(name = "unfollow", mixinStandardHelpOptions = true, description = "Stops following an account.")
    int unfollow(@Parameters(paramLabel = "<user id>") String id) {
        long followers = uc().stopFollowing().unfollow(new StopFollowing(actor(),
                new FollowTarget.OfUser(new UserId(id))));
        out().done(new UdataFollowerCount(followers), "No longer following " + id + " (" + followers + " followers).");
        return ExitCodes.DONE;
    }

    @Command(name = "followers", mixinStandardHelpOptions = true, description = "An account's followers.")
    int followers(@Parameters(paramLabel = "<user id>") String id,
                  @Option(names = "--page", defaultValue = "1") int page,
                  @Option(names = "--page-size", defaultValue = "20") int pageSize) {
        printFollowers(new FollowTarget.OfUser(new UserId(id)), page, pageSize);
        return ExitCodes.DONE;
    }

    /** uData's bounds of a suggestion's size, named as the option. */
    static int size(int size) {
        if (size < 1 || size > 20) {
            throw io.memberkit.domain.error.InvalidInput.of("--size", "must be between 1 and 20");
        }
        return size;
    }

    static Set<SiteRole> siteRoles(List<String> roles) {
        return roles == null ? Set.of()
                : roles.stream().map(r -> UdataText.siteRole(r, "--role")).collect(Collectors.toSet());
    }
}
