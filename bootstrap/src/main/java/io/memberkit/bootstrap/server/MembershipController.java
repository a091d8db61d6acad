package io.memberkit.bootstrap.server;

import io.memberkit.adapter.http.udata.mapping.UdataText;
import io.memberkit.application.port.in.assignment.ListAssignments;
import io.memberkit.application.port.in.assignment.SyncAssignments;
import io.memberkit.application.port.in.member.ChangeMemberRole;
import io.memberkit.application.port.in.member.InviteMember;
import io.memberkit.application.port.in.member.RemoveMember;
import io.memberkit.application.port.in.organization.GetOrganization;
import io.memberkit.application.port.in.request.AcceptMembershipRequest;
import io.memberkit.application.port.in.request.CancelInvitation;
import io.memberkit.application.port.in.request.ListMembershipRequests;
import io.memberkit.application.port.in.request.RefuseMembershipRequest;
import io.memberkit.application.port.in.request.RequestMembership;
import io.memberkit.bootstrap.udata.UdataViews;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.InvalidInput;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.MembershipRequestId;
import io.memberkit.domain.organization.Organization;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.json.tree.JsonNode;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An organization's members, invitations, membership requests and partial editors' assignments, under
 * {@code /api/1/organizations/{org}/}. Statuses and messages follow uData's own tests (behaviour-cases.md).
 */
@Controller("/api/1/organizations/{org}")
final class MembershipController {
    private final Api api;

    MembershipController(Api api) {
        this.api = api;
    }

    /** Invites a user ({@code user}) or an email ({@code email}); 201 with the invitation. */
    @Post("/member/")
    HttpResponse<String> invite(HttpRequest<?> request, String org, @Body @Nullable String text) {
        return api.answer(request, () -> {
            var actor = api.signedIn(request);
            var organization = organization(actor, org);
            var body = JsonBody.of(text).object();
            var user = body.string("user");
            var email = body.string("email");
            if (user.isPresent() && email.isPresent()) {
                throw ApiError.badRequest("Cannot provide both user and email");
            }
            if (user.isEmpty() && email.isEmpty()) {
                throw ApiError.badRequest("Either user or email is required");
            }
            Invitee invitee = user.<Invitee>map(u -> new Invitee.Known(new UserId(u)))
                    .orElseGet(() -> new Invitee.ByEmail(EmailAddress.parse(email.get(), "email")));
            MemberRole role = body.string("role").map(r -> UdataText.role(r, "role")).orElse(MemberRole.EDITOR);
            var invitation = api.uc().inviteMember().invite(new InviteMember(actor, organization.id(), invitee, role,
                    subjects(body.node().get("assignments"), "assignments"), body.string("comment").orElse(null)));
            return api.json(request, 201, UdataViews.request(invitation, UsersController.accounts(api, actor),
                    api.viewerIn(actor, organization.id())));
        });
    }

    @Put("/member/{user}/")
    HttpResponse<String> changeRole(HttpRequest<?> request, String org, String user, @Body @Nullable String text) {
        return api.answer(request, () -> {
            var actor = api.signedIn(request);
            var organization = organization(actor, org);
            var role = UdataText.role(JsonBody.of(text).object().string("role").orElse(null), "role");
            var member = api.uc().changeMemberRole().change(new ChangeMemberRole(actor, organization.id(),
                    new UserId(user), role));
            return api.ok(request, UdataViews.member(member, UsersController.accounts(api, actor).apply(member.user()),
                    api.viewerIn(actor, organization.id())));
        });
    }

    /** 204; the last admin stays (400 naming LAST_ADMIN), stricter than uData. */
    @Delete("/member/{user}/")
    HttpResponse<String> remove(HttpRequest<?> request, String org, String user) {
        return api.answer(request, () -> {
            var actor = api.signedIn(request);
            api.uc().removeMember().remove(new RemoveMember(actor, organization(actor, org).id(), new UserId(user)));
            return Api.noContent();
        });
    }

    /** Replaces a partial editor's assignments: the body is a list of {@code {"class", "id"}}. */
    @Put("/member/{user}/assignments/")
    HttpResponse<String> syncAssignments(HttpRequest<?> request, String org, String user,
                                         @Body @Nullable String text) {
        return api.answer(request, () -> {
            var actor = api.signedIn(request);
            var organization = organization(actor, org);
            var node = JsonBody.of(text).node();
            if (!node.isArray()) {
                throw InvalidInput.of("assignments", "must be a list of {\"class\": ..., \"id\": ...}");
            }
            var synced = api.uc().syncAssignments().sync(new SyncAssignments(actor, organization.id(),
                    new UserId(user), subjects(node, "assignments")));
            var accounts = UsersController.accounts(api, actor);
            var viewer = api.viewerIn(actor, organization.id());
            return api.ok(request, synced.stream().map(a -> UdataViews.assignment(a, accounts,
                    Optional.of(organization), viewer)).toList());
        });
    }

    @Get("/assignments/")
    HttpResponse<String> assignments(HttpRequest<?> request, String org) {
        return api.answer(request, () -> {
            var actor = api.signedIn(request);
            var organization = organization(actor, org);
            var found = api.uc().listAssignments().list(new ListAssignments(actor, organization.id(), null));
            var accounts = UsersController.accounts(api, actor);
            var viewer = api.viewerIn(actor, organization.id());
            return api.ok(request, found.items().stream().map(a -> UdataViews.assignment(a, accounts,
                    Optional.of(organization), viewer)).toList());
        });
    }

    /** Requests and invitations as a list (not a page), as uData answers; {@code ?user=} and {@code ?status=}. */
    @Get("/membership/")
    HttpResponse<String> requests(HttpRequest<?> request, String org) {
        return api.answer(request, () -> {
            var actor = api.signedIn(request);
            var organization = organization(actor, org);
            var found = api.uc().listMembershipRequests().list(new ListMembershipRequests(actor, organization.id(),
                    Api.parameter(request, "user").map(UserId::new),
                    Api.parameter(request, "status").map(s -> UdataText.status(s, "status")),
                    PageRequest.first(PageRequest.MAX_SIZE)));
            var accounts = UsersController.accounts(api, actor);
            var viewer = api.viewerIn(actor, organization.id());
            return api.ok(request, found.items().stream().map(r -> UdataViews.request(r, accounts, viewer)).toList());
        });
    }

    /** 201 for a new request; 200 when a pending one had its comment replaced. */
    @Post("/membership/")
    HttpResponse<String> requestMembership(HttpRequest<?> request, String org, @Body @Nullable String text) {
        return api.answer(request, () -> {
            var actor = api.signedIn(request);
            var organization = organization(actor, org);
            var comment = JsonBody.of(text).object().string("comment").orElse(null);
            var outcome = api.uc().requestMembership().request(new RequestMembership(actor, organization.id(),
                    comment));
            return api.json(request, outcome.created() ? 201 : 200, UdataViews.request(outcome.request(),
                    UsersController.accounts(api, actor), api.viewerIn(actor, organization.id())));
        });
    }

    @Post("/membership/{id}/accept/")
    HttpResponse<String> accept(HttpRequest<?> request, String org, String id) {
        return api.answer(request, () -> {
            var actor = api.signedIn(request);
            var organization = organization(actor, org);
            var member = api.uc().acceptMembershipRequest().accept(new AcceptMembershipRequest(actor,
                    organization.id(), new MembershipRequestId(id)));
            return api.ok(request, UdataViews.member(member, UsersController.accounts(api, actor).apply(member.user()),
                    api.viewerIn(actor, organization.id())));
        });
    }

    @Post("/membership/{id}/refuse/")
    HttpResponse<String> refuse(HttpRequest<?> request, String org, String id, @Body @Nullable String text) {
        return api.answer(request, () -> {
            var actor = api.signedIn(request);
            var organization = organization(actor, org);
            var comment = JsonBody.of(text).object().string("comment").orElse(null);
            api.uc().refuseMembershipRequest().refuse(new RefuseMembershipRequest(actor, organization.id(),
                    new MembershipRequestId(id), comment));
            return api.ok(request, Map.of());
        });
    }

    @Post("/membership/{id}/cancel/")
    HttpResponse<String> cancel(HttpRequest<?> request, String org, String id) {
        return api.answer(request, () -> {
            var actor = api.signedIn(request);
            api.uc().cancelInvitation().cancel(new CancelInvitation(actor, organization(actor, org).id(),
                    new MembershipRequestId(id)));
            return api.ok(request, Map.of());
        });
    }

    private Organization organization(Actor actor, String idOrSlug) {
        return api.uc().getOrganization().get(new GetOrganization(actor, idOrSlug));
    }

    /** uData's list of GenericReference {@code [{"class": "Dataset", "id": "..."}]}; any other shape is a 400. */
    static Set<SubjectRef> subjects(@Nullable JsonNode node, String field) {
        if (node == null || node.isNull()) {
            return Set.of();
        }
        if (!node.isArray()) {
            throw InvalidInput.of(field, "must be a list of {\"class\": ..., \"id\": ...}");
        }
        var refs = new LinkedHashSet<SubjectRef>();
        for (var item : node.values()) {
            var kind = item.isObject() ? item.get("class") : null;
            var id = item.isObject() ? item.get("id") : null;
            if (kind == null || id == null || !kind.isString() || !id.isString()) {
                throw InvalidInput.of(field, "must be a list of {\"class\": ..., \"id\": ...}");
            }
            refs.add(new SubjectRef(UdataText.subjectClass(kind.getStringValue(), field), id.getStringValue()));
        }
        return refs;
    }
}
