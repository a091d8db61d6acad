package io.memberkit.bootstrap.server;

import io.memberkit.adapter.http.udata.mapping.UdataMemberMapper;
import io.memberkit.adapter.http.udata.mapping.UdataOrganizationMapper;
import io.memberkit.adapter.http.udata.mapping.UdataPages;
import io.memberkit.adapter.http.udata.mapping.UdataText;
import io.memberkit.adapter.http.udata.mapping.UdataValues;
import io.memberkit.adapter.http.udata.wire.UdataBadge;
import io.memberkit.application.port.in.member.ListMembers;
import io.memberkit.application.port.in.organization.AddBadge;
import io.memberkit.application.port.in.organization.CreateOrganization;
import io.memberkit.application.port.in.organization.DeleteOrganization;
import io.memberkit.application.port.in.organization.GetOrganization;
import io.memberkit.application.port.in.organization.ListMemberRoles;
import io.memberkit.application.port.in.organization.ListOrganizations;
import io.memberkit.application.port.in.organization.RemoveBadge;
import io.memberkit.application.port.in.organization.SuggestOrganizations;
import io.memberkit.application.port.in.organization.UpdateOrganization;
import io.memberkit.application.port.in.permission.GetOrganizationPermissions;
import io.memberkit.application.port.out.OrganizationQuery;
import io.memberkit.bootstrap.udata.UdataViews;
import io.memberkit.bootstrap.udata.Viewer;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.WebUrl;
import io.memberkit.domain.follow.FollowTarget;
import io.memberkit.domain.organization.BusinessNumber;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.organization.OrganizationDetails;
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

/**
 * {@code /api/1/organizations/}: organizations themselves, their badges and followers. Members, invitations,
 * membership requests and assignments are in {@link MembershipController}. {@code {org}} is an id or a slug.
 */
@Controller("/api/1/organizations")
final class OrganizationsController {
    private final Api api;

    OrganizationsController(Api api) {
        this.api = api;
    }

    @Get("/")
    HttpResponse<String> list(HttpRequest<?> request) {
        return api.answer(request, () -> {
            var query = new OrganizationQuery(Api.parameter(request, "q"),
                    Api.parameter(request, "badge").map(b -> UdataText.badge(b, "badge")),
                    Api.parameter(request, "name"), Api.parameter(request, "business_number_id")
                    .map(BusinessNumber::new),
                    Api.parameter(request, "sort").map(s -> UdataText.organizationSort(s, "sort")).orElse(null));
            var actor = api.actor(request);
            var found = api.uc().listOrganizations().list(new ListOrganizations(actor, query, Api.page(request)));
            return api.ok(request, UdataPages.toWire(found, o -> view(actor, o), p -> Api.link(request, p)));
        });
    }

    @Post("/")
    HttpResponse<String> create(HttpRequest<?> request, @Body @Nullable String text) {
        return api.answer(request, () -> {
            var actor = api.signedIn(request);
            var body = JsonBody.of(text).object();
            var created = api.uc().createOrganization().create(new CreateOrganization(actor, details(body, null)));
            return api.json(request, 201, view(actor, organization(actor, created.id().value())));
        });
    }

    @Get("/roles/")
    HttpResponse<String> roles(HttpRequest<?> request) {
        return api.answer(request, () -> api.ok(request, api.uc().listMemberRoles()
                .list(new ListMemberRoles(api.actor(request))).stream().map(UdataMemberMapper.INSTANCE::toWire)
                .toList()));
    }

    @Get("/suggest/")
    HttpResponse<String> suggest(HttpRequest<?> request) {
        return api.answer(request, () -> {
            var found = api.uc().suggestOrganizations().suggest(new SuggestOrganizations(api.actor(request),
                    Api.parameter(request, "q").orElse(null), Api.intParameter(request, "size", 10)));
            return api.ok(request, found.stream().map(UdataOrganizationMapper.INSTANCE::toSuggestion).toList());
        });
    }

    @Get("/{org}/")
    HttpResponse<String> show(HttpRequest<?> request, String org) {
        return api.answer(request, () -> {
            var actor = api.actor(request);
            return api.ok(request, view(actor, organization(actor, org)));
        });
    }

    /** Fields absent from the body keep their value; a {@code logo} in the body never changes the logo. */
    @Put("/{org}/")
    HttpResponse<String> update(HttpRequest<?> request, String org, @Body @Nullable String text) {
        return api.answer(request, () -> {
            var actor = api.signedIn(request);
            var current = organization(actor, org);
            var body = JsonBody.of(text).object();
            var updated = api.uc().updateOrganization().update(new UpdateOrganization(actor, current.id(),
                    details(body, current)));
            return api.ok(request, view(actor, updated));
        });
    }

    @Delete("/{org}/")
    HttpResponse<String> delete(HttpRequest<?> request, String org) {
        return api.answer(request, () -> {
            var actor = api.signedIn(request);
            api.uc().deleteOrganization().delete(new DeleteOrganization(actor, organization(actor, org).id()));
            return Api.noContent();
        });
    }

    @Post("/{org}/badges/")
    HttpResponse<String> addBadge(HttpRequest<?> request, String org, @Body @Nullable String text) {
        return api.answer(request, () -> {
            var actor = api.signedIn(request);
            var kind = UdataText.badge(JsonBody.of(text).object().string("kind").orElse(null), "kind");
            api.uc().addBadge().add(new AddBadge(actor, organization(actor, org).id(), kind));
            return api.json(request, 201, new UdataBadge(UdataValues.badge(kind)));
        });
    }

    @Delete("/{org}/badges/{kind}/")
    HttpResponse<String> removeBadge(HttpRequest<?> request, String org, String kind) {
        return api.answer(request, () -> {
            var actor = api.signedIn(request);
            api.uc().removeBadge().remove(new RemoveBadge(actor, organization(actor, org).id(),
                    UdataText.badge(kind, "kind")));
            return Api.noContent();
        });
    }

    @Get("/{org}/followers/")
    HttpResponse<String> followers(HttpRequest<?> request, String org) {
        return api.answer(request, () -> UsersController.followers(api, request,
                new FollowTarget.OfOrganization(organization(api.actor(request), org).id())));
    }

    @Post("/{org}/followers/")
    HttpResponse<String> follow(HttpRequest<?> request, String org) {
        return api.answer(request, () -> UsersController.follow(api, request,
                new FollowTarget.OfOrganization(organization(api.signedIn(request), org).id())));
    }

    @Delete("/{org}/followers/")
    HttpResponse<String> unfollow(HttpRequest<?> request, String org) {
        return api.answer(request, () -> UsersController.unfollow(api, request,
                new FollowTarget.OfOrganization(organization(api.signedIn(request), org).id())));
    }

    private Organization organization(Actor actor, String idOrSlug) {
        return api.uc().getOrganization().get(new GetOrganization(actor, idOrSlug));
    }

    /** The organization with its members and the viewer's permissions; never its membership requests. */
    private Object view(Actor actor, Organization organization) {
        var members = api.uc().listMembers().list(new ListMembers(actor, organization.id(), Optional.empty(),
                PageRequest.first(PageRequest.MAX_SIZE)));
        var permissions = api.uc().getOrganizationPermissions().get(new GetOrganizationPermissions(actor,
                organization.id()));
        Viewer viewer = api.viewer(actor);
        var membership = viewer.user().flatMap(me -> members.items().stream()
                .filter(m -> m.user().id().equals(me.id())).map(m -> m.member()).findFirst());
        return UdataViews.organization(organization, members.items(), permissions, viewer.in(membership));
    }

    /** A new organization's details, or {@code current}'s with the fields the body gives. */
    private static OrganizationDetails details(JsonBody body, Organization current) {
        String name = body.has("name") ? body.string("name").orElse(null) : current == null ? null : current.name();
        String acronym = body.has("acronym") ? body.string("acronym").orElse(null)
                : current == null ? null : current.acronym();
        String description = body.has("description") ? body.string("description").orElse(null)
                : current == null ? null : current.description();
        WebUrl url = body.has("url") ? WebUrl.parseOptional(body.string("url").orElse(null), "url")
                : current == null ? null : current.url();
        BusinessNumber business = body.has("business_number_id")
                ? BusinessNumber.parseOptional(body.string("business_number_id").orElse(null))
                : current == null ? null : current.businessNumber();
        // uData: echoing the logo URL back, or an empty logo, leaves the logo alone; uploads are another endpoint
        String logo = current == null ? null : current.logo();
        return new OrganizationDetails(name, acronym, description, url, logo, business);
    }
}
