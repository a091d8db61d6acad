package io.memberkit.bootstrap.server;

import io.memberkit.adapter.http.udata.mapping.UdataPages;
import io.memberkit.adapter.http.udata.mapping.UdataText;
import io.memberkit.adapter.http.udata.mapping.UdataValues;
import io.memberkit.adapter.http.udata.wire.UdataFollowerCount;
import io.memberkit.adapter.http.udata.wire.UdataSiteRole;
import io.memberkit.application.port.in.follow.ListFollowers;
import io.memberkit.application.port.in.follow.StartFollowing;
import io.memberkit.application.port.in.follow.StopFollowing;
import io.memberkit.application.port.in.user.CreateUser;
import io.memberkit.application.port.in.user.DeleteUser;
import io.memberkit.application.port.in.user.GetUser;
import io.memberkit.application.port.in.user.ListSiteRoles;
import io.memberkit.application.port.in.user.ListUsers;
import io.memberkit.application.port.in.user.SuggestUsers;
import io.memberkit.application.port.in.user.UpdateUser;
import io.memberkit.application.port.out.UserQuery;
import io.memberkit.bootstrap.udata.UdataViews;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.common.WebUrl;
import io.memberkit.domain.follow.FollowTarget;
import io.memberkit.domain.user.SiteRole;
import io.memberkit.domain.user.User;
import io.memberkit.domain.user.UserProfile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@code /api/1/users/}: accounts, their roles, suggestions and followers. */
@Controller("/api/1/users")
final class UsersController {
    private final Api api;

    UsersController(Api api) {
        this.api = api;
    }

    /** Site admins only: anonymous 401, another user 403. */
    @Get("/")
    HttpResponse<String> list(HttpRequest<?> request) {
        return api.answer(request, () -> {
            var actor = api.signedIn(request);
            var query = new UserQuery(Api.parameter(request, "q"),
                    Api.parameter(request, "sort").map(s -> UdataText.userSort(s, "sort")).orElse(null));
            var found = api.uc().listUsers().list(new ListUsers(actor, query, Api.page(request)));
            var viewer = api.viewer(actor);
            return api.ok(request, UdataPages.toWire(found, u -> UdataViews.user(u, viewer, Optional.empty()),
                    p -> Api.link(request, p)));
        });
    }

    @Post("/")
    HttpResponse<String> create(HttpRequest<?> request, @Body @Nullable String text) {
        return api.answer(request, () -> {
            var actor = api.signedIn(request);
            var body = JsonBody.of(text).object();
            var profile = new UserProfile(body.string("first_name").orElse(null),
                    body.string("last_name").orElse(null), EmailAddress.parse(body.string("email").orElse(null),
                    "email"), body.string("about").orElse(null),
                    WebUrl.parseOptional(body.string("website").orElse(null), "website"), null);
            var roles = roles(body).orElse(Set.of());
            var created = api.uc().createUser().create(new CreateUser(actor, profile, roles,
                    body.bool("active").orElse(true)));
            return api.json(request, 201, UdataViews.user(created, api.viewer(actor), Optional.empty()));
        });
    }

    @Get("/roles/")
    HttpResponse<String> roles(HttpRequest<?> request) {
        return api.answer(request, () -> api.ok(request, api.uc().listSiteRoles()
                .list(new ListSiteRoles(api.actor(request))).stream()
                .map(r -> new UdataSiteRole(UdataValues.siteRole(r))).toList()));
    }

    @Get("/suggest/")
    HttpResponse<String> suggest(HttpRequest<?> request) {
        return api.answer(request, () -> {
            var found = api.uc().suggestUsers().suggest(new SuggestUsers(api.actor(request),
                    Api.parameter(request, "q").orElse(null), Api.intParameter(request, "size", 10)));
            return api.ok(request, found.stream().map(UdataViews::suggestion).toList());
        });
    }

    @Get("/{id}/")
    HttpResponse<String> show(HttpRequest<?> request, String id) {
        return api.answer(request, () -> {
            var actor = api.actor(request);
            var user = api.uc().getUser().get(new GetUser(actor, new UserId(id)));
            return api.ok(request, UdataViews.user(user, api.viewer(actor), Optional.empty()));
        });
    }

    @Put("/{id}/")
    HttpResponse<String> update(HttpRequest<?> request, String id, @Body @Nullable String text) {
        return api.answer(request, () -> {
            var actor = api.signedIn(request);
            var body = JsonBody.of(text).object();
            var updated = api.uc().updateUser().update(new UpdateUser(actor, new UserId(id),
                    MeController.profileChanges(body), roles(body), body.bool("active")));
            return api.ok(request, UdataViews.user(updated, api.viewer(actor), Optional.empty()));
        });
    }

    @Delete("/{id}/")
    HttpResponse<String> delete(HttpRequest<?> request, String id) {
        return api.answer(request, () -> {
            boolean noMail = Api.parameter(request, "no_mail").map(Boolean::parseBoolean).orElse(false);
            boolean comments = Api.parameter(request, "delete_comments").map(Boolean::parseBoolean).orElse(false);
            api.uc().deleteUser().delete(new DeleteUser(api.signedIn(request), new UserId(id), !noMail, comments));
            return Api.noContent();
        });
    }

    @Get("/{id}/followers/")
    HttpResponse<String> followers(HttpRequest<?> request, String id) {
        return api.answer(request, () -> followers(api, request, new FollowTarget.OfUser(new UserId(id))));
    }

    @Post("/{id}/followers/")
    HttpResponse<String> follow(HttpRequest<?> request, String id) {
        return api.answer(request, () -> follow(api, request, new FollowTarget.OfUser(new UserId(id))));
    }

    @Delete("/{id}/followers/")
    HttpResponse<String> unfollow(HttpRequest<?> request, String id) {
        return api.answer(request, () -> unfollow(api, request, new FollowTarget.OfUser(new UserId(id))));
    }

    static HttpResponse<String> followers(Api api, HttpRequest<?> request, FollowTarget target) {
        var actor = api.actor(request);
        var found = api.uc().listFollowers().list(new ListFollowers(actor, target, Api.page(request)));
        Function<UserId, Optional<User>> accounts = accounts(api, actor);
        return api.ok(request, UdataPages.toWire(found, f -> UdataViews.follow(f, accounts),
                p -> Api.link(request, p)));
    }

    /** 201 when the follow is new, 200 when it was there already; the body is the follower count. */
    static HttpResponse<String> follow(Api api, HttpRequest<?> request, FollowTarget target) {
        var result = api.uc().startFollowing().follow(new StartFollowing(api.signedIn(request), target));
        return api.json(request, result.created() ? 201 : 200, new UdataFollowerCount(result.followers()));
    }

    static HttpResponse<String> unfollow(Api api, HttpRequest<?> request, FollowTarget target) {
        long followers = api.uc().stopFollowing().unfollow(new StopFollowing(api.signedIn(request), target));
        return api.ok(request, new UdataFollowerCount(followers));
    }

    /** Accounts named in a payload, as {@code actor} may see them; one that cannot be shown is an id only. */
    static Function<UserId, Optional<User>> accounts(Api api, Actor actor) {
        var cache = new java.util.HashMap<UserId, Optional<User>>();
        return id -> cache.computeIfAbsent(id, key -> {
            try {
                return Optional.of(api.uc().getUser().get(new GetUser(actor, key)));
            } catch (io.memberkit.domain.error.DomainException gone) {
                return Optional.empty();
            }
        });
    }

    private static Optional<Set<SiteRole>> roles(JsonBody body) {
        return body.strings("roles").map(list -> list.stream().map(r -> UdataText.siteRole(r, "roles"))
                .collect(Collectors.toSet()));
    }
}
