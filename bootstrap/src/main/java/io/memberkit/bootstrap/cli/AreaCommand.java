package io.memberkit.bootstrap.cli;

import io.memberkit.adapter.http.udata.mapping.UdataPages;
import io.memberkit.adapter.http.udata.mapping.UdataValues;
import io.memberkit.application.port.in.follow.ListFollowers;
import io.memberkit.application.port.in.me.GetMe;
import io.memberkit.application.port.in.me.ListMyOrganizations;
import io.memberkit.application.port.in.organization.GetOrganization;
import io.memberkit.application.port.in.user.GetUser;
import io.memberkit.bootstrap.udata.UdataViews;
import io.memberkit.bootstrap.udata.Viewer;
import io.memberkit.bootstrap.wiring.UseCases;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.DomainException;
import io.memberkit.domain.error.InvalidInput;
import io.memberkit.domain.follow.FollowTarget;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.user.User;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * An area of the command line (me, users, orgs…): its subcommands are the methods of the subclass, each one use
 * case. This base gives them the use cases (the database opens on first use), the actor ({@code --as}), the output
 * and the small translations every area needs: an organization by id or slug, accounts to show by id.
 */
@Command
abstract class AreaCommand implements Runnable {
    @ParentCommand
    MemberkitCommand root;

    @Spec
    CommandSpec spec;

    /** An area alone does nothing: name a subcommand. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand of '"
                + spec.qualifiedName() + "': one of " + String.join(", ", spec.subcommands().keySet()));
    }

    UseCases uc() {
        return root.session().useCases();
    }

    Actor actor() {
        return root.session().actor();
    }

    Output out() {
        return new Output(root.global.output, spec.commandLine().getOut());
    }

    /** The signed-in user (by {@code --as}) if any, for the emails and dates a payload may show them. */
    Viewer viewer() {
        return actor().userId().isPresent()
                ? Viewer.of(Optional.of(uc().getMe().get(new GetMe(actor()))))
                : Viewer.ANONYMOUS;
    }

    /** The viewer and their membership of {@code organization}. */
    Viewer viewerIn(OrganizationId organization) {
        var viewer = viewer();
        if (viewer.user().isEmpty()) {
            return viewer;
        }
        Optional<Member> membership = uc().listMyOrganizations().list(new ListMyOrganizations(actor())).stream()
                .filter(m -> m.organization().id().equals(organization)).map(m -> m.membership()).findFirst();
        return viewer.in(membership);
    }

    /** The organization named by id or slug, as the actor may see it. */
    Organization organization(String idOrSlug) {
        return uc().getOrganization().get(new GetOrganization(actor(), idOrSlug));
    }

    OrganizationId org(String idOrSlug) {
        return organization(idOrSlug).id();
    }

    /** Accounts a payload names, loaded once each; one that cannot be shown any more is left out. */
    java.util.function.Function<UserId, Optional<User>> accounts() {
        Map<UserId, Optional<User>> cache = new LinkedHashMap<>();
        return id -> cache.computeIfAbsent(id, key -> quietly(() -> uc().getUser().get(new GetUser(actor(), key))));
    }

    java.util.function.Function<OrganizationId, Optional<Organization>> organizations() {
        Map<OrganizationId, Optional<Organization>> cache = new LinkedHashMap<>();
        return id -> cache.computeIfAbsent(id, key -> quietly(() -> organization(key.value())));
    }

    /** Followers of a user or an organization. */
    void printFollowers(FollowTarget target, int page, int pageSize) {
        var found = uc().listFollowers().list(new ListFollowers(actor(), target, page(page, pageSize)));
        var accounts = accounts();
        var table = new Table("FOLLOWER", "NAME", "SINCE");
        found.items().forEach(f -> table.row(f.follower(), accounts.apply(f.follower()).map(u -> u.fullName())
                .orElse(null), UdataValues.isoDate(f.since())));
        out().page(found, UdataPages.toWire(found, f -> UdataViews.follow(f, accounts), String::valueOf), table);
    }

    /** A page of a list, refusing bad numbers with the option's name. */
    static PageRequest page(int page, int pageSize) {
        if (page < 1) {
            throw InvalidInput.of("--page", "must be 1 or more");
        }
        if (pageSize < 1 || pageSize > PageRequest.MAX_SIZE) {
            throw InvalidInput.of("--page-size", "must be between 1 and " + PageRequest.MAX_SIZE);
        }
        return new PageRequest(page, pageSize);
    }

    /** Runs {@code parse}, naming {@code option} instead of the field in a refusal of bad input. */
    static <T> T option(String option, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidInput invalid) {
            throw InvalidInput.of(option, String.join("; ", invalid.errors().values().stream()
                    .flatMap(List::stream).toList()));
        }
    }

    static <T> Optional<T> quietly(Supplier<T> load) {
        try {
            return Optional.ofNullable(load.get());
        } catch (DomainException unavailable) {
            return Optional.empty();
        }
    }
}
