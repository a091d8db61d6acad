package io.memberkit.bootstrap.server;

import io.memberkit.application.port.in.member.AddMember;
import io.memberkit.application.port.in.member.ApplyMembershipPlan;
import io.memberkit.application.port.in.member.BulkInvite;
import io.memberkit.application.port.in.member.CountMembers;
import io.memberkit.application.port.in.member.HandOverAndLeave;
import io.memberkit.application.port.in.member.InviteMember;
import io.memberkit.application.port.in.member.LeaveOrganization;
import io.memberkit.application.port.in.member.ListMembers;
import io.memberkit.application.port.in.member.ListMembersAfter;
import io.memberkit.application.port.in.member.PlanMembership;
import io.memberkit.application.port.in.organization.ChangeDefaultJoinRole;
import io.memberkit.application.port.in.permission.MayEdit;
import io.memberkit.application.port.in.organization.DeclareDomain;
import io.memberkit.application.port.in.organization.GetJoinPolicy;
import io.memberkit.application.port.in.organization.GetOrganization;
import io.memberkit.application.port.in.organization.MarkDomainVerified;
import io.memberkit.application.port.in.organization.RemoveDomain;
import io.memberkit.application.port.in.request.AcceptMembershipRequest;
import io.memberkit.application.port.in.request.ResendInvitation;
import io.memberkit.application.port.in.user.MarkEmailVerified;
import io.memberkit.application.port.in.user.PromoteFirstSiteAdmin;
import io.memberkit.bootstrap.surface.Durations;
import io.memberkit.bootstrap.surface.MemberLists;
import io.memberkit.bootstrap.surface.SurfaceViews;
import io.memberkit.adapter.http.udata.mapping.UdataPages;
import io.memberkit.adapter.http.udata.mapping.UdataText;
import io.memberkit.adapter.http.udata.mapping.UdataValues;
import io.memberkit.bootstrap.udata.UdataViews;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.EmailDomain;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.InvalidInput;
import io.memberkit.domain.error.RuleBroken;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.MemberCursor;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.MembershipPlan;
import io.memberkit.domain.membership.MembershipRequestId;
import io.memberkit.domain.membership.RemovalPolicy;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * memberkit's own features, beside the uData-compatible paths, under {@code /api/1/memberkit/}: what uData has no
 * endpoint for (plans, bulk invitations, leaving, hand-over, counts, email domains, the join role, direct adds,
 * an invitation's own delay, accepting a request with a role). Refusals have uData's bodies: 400 {@code {"message",
 * "errors": {field: [..]}}} naming the field, 400 {@code {"message", "rule"}} naming the rule, and for a list with
 * refused lines 400 {@code {"message", "rule": "LINES_REFUSED", "lines": [{"line", "subject", "rule", "field",
 * "message"}]}}.
 */
@Controller("/api/1/memberkit")
final class MemberkitController {
    private final Api api;

    MemberkitController(Api api) {
        this.api = api;
    }

    // ---- members ----

    /** A page of members; {@code ?q=} a prefix of a name or email, {@code ?role=}, {@code ?page=}. */
    @Get("/organizations/{org}/members/")
    HttpResponse<String> members(HttpRequest<?> request, String org) {
        return api.answer(request, () -> {
            var actor = api.actor(request);
            var organization = organization(actor, org);
            var found = api.uc().listMembers().list(new ListMembers(actor, organization.id(),
                    Api.parameter(request, "role").map(r -> UdataText.role(r, "role")), Api.parameter(request, "q"),
                    Api.page(request)));
            var viewer = api.viewerIn(actor, organization.id());
            return api.ok(request, UdataPages.toWire(found, m -> UdataViews.member(m, viewer),
                    p -> Api.link(request, p)));
        });
    }

    /**
     * A page of members by cursor, oldest first: {@code ?after=} the previous page's {@code after}, {@code ?page_size=}
     * (20), {@code ?role=}. A deep page costs what the first does, where {@code ?page=} above reads every row before.
     */
    @Get("/organizations/{org}/members/page/")
    HttpResponse<String> memberPage(HttpRequest<?> request, String org) {
        return api.answer(request, () -> {
            var actor = api.actor(request);
            var organization = organization(actor, org);
            var query = new ListMembersAfter(actor, organization.id(),
                    Api.parameter(request, "role").map(r -> UdataText.role(r, "role")),
                    Api.parameter(request, "after").map(MemberCursor::parse),
                    Api.intParameter(request, "page_size", 20));
            var found = api.uc().listMembersAfter().list(query);
            var viewer = api.viewerIn(actor, organization.id());
            return api.ok(request, new SurfaceViews.MemberPage(found.items().stream()
                    .map(m -> UdataViews.member(m, viewer)).toList(), query.size(), found.next().orElse(null)));
        });
    }

    /**
     * Whether the caller may edit an object of the organization: {@code ?class=Dataset&id=…}. The organization is
     * taken by id only: this is the hot check a platform makes before every edit, one statement and no lookup.
     */
    @Get("/organizations/{org}/may-edit/")
    HttpResponse<String> mayEdit(HttpRequest<?> request, String org) {
        return api.answer(request, () -> {
            var actor = api.actor(request);
            var subject = new SubjectRef(UdataText.subjectClass(Api.parameter(request, "class").orElse(null), "class"),
                    Api.parameter(request, "id").orElseThrow(() -> InvalidInput.of("id", "is required")));
            var organization = new OrganizationId(org);
            boolean allowed = api.uc().mayEdit().mayEdit(new MayEdit(actor, organization, subject));
            return api.ok(request, new SurfaceViews.MayEdit(organization.value(), UdataValues.subject(subject),
                    actor.userId().map(UserId::value).orElse(null), allowed));
        });
    }

    /** Adds an existing account directly: {@code {"user", "role"}}; 201 with the membership. */
    @Post("/organizations/{org}/members/")
    HttpResponse<String> add(HttpRequest<?> request, String org, @Body @Nullable String text) {
        return api.answer(request, () -> {
            var actor = api.signedIn(request);
            var organization = organization(actor, org);
            var body = JsonBody.of(text).object();
            var user = body.string("user").orElseThrow(() -> InvalidInput.of("user", "is required"));
            var role = body.string("role").map(r -> UdataText.role(r, "role")).orElse(MemberRole.EDITOR);
            var member = api.uc().addMember().add(new AddMember(actor, organization.id(), new UserId(user), role));
            return api.json(request, 201, UdataViews.member(member, UsersController.accounts(api, actor)
                    .apply(member.user()), api.viewerIn(actor, organization.id())));
        });
    }

    @Get("/organizations/{org}/members/counts/")
    HttpResponse<String> counts(HttpRequest<?> request, String org) {
        return api.answer(request, () -> {
            var actor = api.actor(request);
            var organization = organization(actor, org);
            var counts = api.uc().countMembers().count(new CountMembers(actor, organization.id()));
            return api.ok(request, SurfaceViews.counts(organization.id().value(), counts));
        });
    }

    /**
     * Invites a list at once, all or nothing: {@code {"invitees": ["user id" | "email", ...], "role",
     * "assignments", "comment", "expires_in"}}; 201 with the invitations in the order of the list.
     */
    @Post("/organizations/{org}/members/bulk-invite/")
    HttpResponse<String> bulkInvite(HttpRequest<?> request, String org, @Body @Nullable String text) {
        return lines(request, () -> {
            var actor = api.signedIn(request);
            var organization = organization(actor, org);
            var body = JsonBody.of(text).object();
            var given = body.strings("invitees").orElseThrow(() -> InvalidInput.of("invitees", "is required"));
            var invitees = new ArrayList<Invitee>();
            for (int i = 0; i < given.size(); i++) {
                int line = i + 1;
                try {
                    invitees.add(MemberLists.invitee(given.get(i), "invitees"));
                } catch (InvalidInput invalid) {
                    throw InvalidInput.of("invitees", "line " + line + ": " + String.join(", ",
                            invalid.errors().getOrDefault("invitees", java.util.List.of("is invalid"))));
                }
            }
            var role = body.string("role").map(r -> UdataText.role(r, "role")).orElse(MemberRole.EDITOR);
            var invited = api.uc().bulkInvite().invite(new BulkInvite(actor, organization.id(), invitees, role,
                    MembershipController.subjects(body.node().get("assignments"), "assignments"),
                    body.string("comment").orElse(null), expiresIn(body)));
            var accounts = UsersController.accounts(api, actor);
            var viewer = api.viewerIn(actor, organization.id());
            return api.json(request, 201, invited.stream().map(r -> UdataViews.request(r, accounts, viewer))
                    .toList());
        });
    }

    /**
     * What it takes to bring the members to a list: {@code {"removal_policy": "keep_missing" | "remove_missing",
     * "members": [{"user" | "email", "role", "assignments"}]}}. 200 with the plan, refused lines included.
     */
    @Post("/organizations/{org}/members/plan/")
    HttpResponse<String> plan(HttpRequest<?> request, String org, @Body @Nullable String text) {
        return lines(request, () -> api.ok(request, SurfaceViews.plan(makePlan(request, org, text))));
    }

    /** Applies the plan the same body makes, all or nothing; an empty plan when there is nothing to do. */
    @Post("/organizations/{org}/members/apply/")
    HttpResponse<String> apply(HttpRequest<?> request, String org, @Body @Nullable String text) {
        return lines(request, () -> {
            var plan = makePlan(request, org, text);
            var done = api.uc().applyMembershipPlan().apply(new ApplyMembershipPlan(api.signedIn(request), plan));
            return api.ok(request, SurfaceViews.plan(done));
        });
    }

    /** The actor leaves; 200 with the membership that ended. The last admin cannot (400, LAST_ADMIN). */
    @Post("/organizations/{org}/leave/")
    HttpResponse<String> leave(HttpRequest<?> request, String org) {
        return api.answer(request, () -> {
            var actor = api.signedIn(request);
            var left = api.uc().leaveOrganization().leave(new LeaveOrganization(actor, organization(actor, org).id()));
            return api.ok(request, java.util.Map.of("organization", left.organization().value(), "user",
                    left.user().value(), "role", UdataValues.memberRole(left.role())));
        });
    }

    /** {@code {"successor": "user id"}}: the successor becomes admin and the actor leaves; 200 with theirs. */
    @Post("/organizations/{org}/hand-over/")
    HttpResponse<String> handOver(HttpRequest<?> request, String org, @Body @Nullable String text) {
        return api.answer(request, () -> {
            var actor = api.signedIn(request);
            var organization = organization(actor, org);
            var successor = JsonBody.of(text).object().string("successor")
                    .orElseThrow(() -> InvalidInput.of("successor", "is required"));
            var member = api.uc().handOverAndLeave().handOver(new HandOverAndLeave(actor, organization.id(),
                    new UserId(successor)));
            return api.ok(request, UdataViews.member(member, UsersController.accounts(api, actor)
                    .apply(member.user()), api.viewer(actor)));
        });
    }

    // ---- invitations and requests ----

    /** As uData's invite, plus {@code expires_in} (seconds, or {@code "3d"}); 201 with the invitation. */
    @Post("/organizations/{org}/invitations/")
    HttpResponse<String> invite(HttpRequest<?> request, String org, @Body @Nullable String text) {
        return api.answer(request, () -> {
            var actor = api.signedIn(request);
            var organization = organization(actor, org);
            var body = JsonBody.of(text).object();
            var user = body.string("user");
            var email = body.string("email");
            if (user.isPresent() == email.isPresent()) {
                throw ApiError.badRequest(user.isPresent() ? "Cannot provide both user and email"
                        : "Either user or email is required");
            }
            Invitee invitee = user.<Invitee>map(u -> new Invitee.Known(new UserId(u)))
                    .orElseGet(() -> MemberLists.invitee(email.get(), "email"));
            var role = body.string("role").map(r -> UdataText.role(r, "role")).orElse(MemberRole.EDITOR);
            var invitation = api.uc().inviteMember().invite(new InviteMember(actor, organization.id(), invitee, role,
                    MembershipController.subjects(body.node().get("assignments"), "assignments"),
                    body.string("comment").orElse(null), expiresIn(body)));
            return api.json(request, 201, UdataViews.request(invitation, UsersController.accounts(api, actor),
                    api.viewerIn(actor, organization.id())));
        });
    }

    /** Sends a pending invitation again (expired or not); optional {@code expires_in}; 200 with it. */
    @Post("/organizations/{org}/invitations/{id}/resend/")
    HttpResponse<String> resend(HttpRequest<?> request, String org, String id, @Body @Nullable String text) {
        return api.answer(request, () -> {
            var actor = api.signedIn(request);
            var organization = organization(actor, org);
            var resent = api.uc().resendInvitation().resend(new ResendInvitation(actor, organization.id(),
                    new MembershipRequestId(id), expiresIn(JsonBody.of(text).object())));
            return api.ok(request, UdataViews.request(resent, UsersController.accounts(api, actor),
                    api.viewerIn(actor, organization.id())));
        });
    }

    /** Accepts a membership request with a chosen role: {@code {"role", "assignments"}}; 200 with the member. */
    @Post("/organizations/{org}/requests/{id}/accept/")
    HttpResponse<String> accept(HttpRequest<?> request, String org, String id, @Body @Nullable String text) {
        return api.answer(request, () -> {
            var actor = api.signedIn(request);
            var organization = organization(actor, org);
            var body = JsonBody.of(text).object();
            var role = body.string("role").map(r -> UdataText.role(r, "role")).orElse(MemberRole.EDITOR);
            var member = api.uc().acceptMembershipRequest().accept(new AcceptMembershipRequest(actor,
                    organization.id(), new MembershipRequestId(id), role,
                    MembershipController.subjects(body.node().get("assignments"), "assignments")));
            return api.ok(request, UdataViews.member(member, UsersController.accounts(api, actor)
                    .apply(member.user()), api.viewerIn(actor, organization.id())));
        });
    }

    // ---- how people join: domains and the default role ----

    @Get("/organizations/{org}/domains/")
    HttpResponse<String> domains(HttpRequest<?> request, String org) {
        return api.answer(request, () -> {
            var actor = api.signedIn(request);
            var organization = organization(actor, org);
            return joinPolicy(request, organization, api.uc().getJoinPolicy().get(new GetJoinPolicy(actor,
                    organization.id())), 200);
        });
    }

    /** {@code {"domain": "example.org"}}; 201 with the join policy. */
    @Post("/organizations/{org}/domains/")
    HttpResponse<String> declare(HttpRequest<?> request, String org, @Body @Nullable String text) {
        return api.answer(request, () -> {
            var actor = api.signedIn(request);
            var organization = organization(actor, org);
            var domain = EmailDomain.parse(JsonBody.of(text).object().string("domain").orElse(null), "domain");
            return joinPolicy(request, organization, api.uc().declareDomain().declare(new DeclareDomain(actor,
                    organization.id(), domain)), 201);
        });
    }

    @Delete("/organizations/{org}/domains/{domain}/")
    HttpResponse<String> removeDomain(HttpRequest<?> request, String org, String domain) {
        return api.answer(request, () -> {
            var actor = api.signedIn(request);
            var organization = organization(actor, org);
            return joinPolicy(request, organization, api.uc().removeDomain().remove(new RemoveDomain(actor,
                    organization.id(), EmailDomain.parse(domain, "domain"))), 200);
        });
    }

    /** Site admins mark a declared domain verified. */
    @Post("/organizations/{org}/domains/{domain}/verify/")
    HttpResponse<String> verifyDomain(HttpRequest<?> request, String org, String domain) {
        return api.answer(request, () -> {
            var actor = api.signedIn(request);
            var organization = organization(actor, org);
            return joinPolicy(request, organization, api.uc().markDomainVerified().mark(new MarkDomainVerified(actor,
                    organization.id(), EmailDomain.parse(domain, "domain"))), 200);
        });
    }

    /** {@code {"default_join_role": "editor" | "partial_editor"}}. */
    @Put("/organizations/{org}/join-role/")
    HttpResponse<String> joinRole(HttpRequest<?> request, String org, @Body @Nullable String text) {
        return api.answer(request, () -> {
            var actor = api.signedIn(request);
            var organization = organization(actor, org);
            var role = UdataText.role(JsonBody.of(text).object().string("default_join_role").orElse(null),
                    "default_join_role");
            return joinPolicy(request, organization, api.uc().changeDefaultJoinRole().change(
                    new ChangeDefaultJoinRole(actor, organization.id(), role)), 200);
        });
    }

    // ---- users and the site ----

    /** Site admins mark an account's address verified; 200 with the account. */
    @Post("/users/{id}/verify-email/")
    HttpResponse<String> verifyEmail(HttpRequest<?> request, String id) {
        return api.answer(request, () -> {
            var actor = api.signedIn(request);
            var user = api.uc().markEmailVerified().mark(new MarkEmailVerified(actor, new UserId(id)));
            return api.ok(request, UdataViews.user(user, api.viewer(actor), Optional.empty()));
        });
    }

    /** The first account of a fresh site makes itself site admin; refused once there is one. */
    @Post("/site/first-admin/")
    HttpResponse<String> promoteFirstAdmin(HttpRequest<?> request) {
        return api.answer(request, () -> {
            var actor = api.signedIn(request);
            var user = api.uc().promoteFirstSiteAdmin().promote(new PromoteFirstSiteAdmin(actor));
            return api.ok(request, UdataViews.user(user, api.viewer(actor), Optional.empty()));
        });
    }

    // ---- shared ----

    private MembershipPlan makePlan(HttpRequest<?> request, String org, @Nullable String text) {
        var actor = api.signedIn(request);
        var organization = organization(actor, org);
        var body = JsonBody.of(text).object();
        var policy = body.string("removal_policy").map(p -> switch (p.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "keep_missing" -> RemovalPolicy.KEEP_MISSING;
            case "remove_missing" -> RemovalPolicy.REMOVE_MISSING;
            default -> throw InvalidInput.of("removal_policy", "must be keep_missing or remove_missing");
        }).orElseThrow(() -> InvalidInput.of("removal_policy", "is required: keep_missing or remove_missing"));
        var lines = MemberLists.desired(body.node().get("members"), "members");
        return api.uc().planMembership().plan(new PlanMembership(actor, organization.id(), lines, policy));
    }

    /** {@code expires_in}: seconds, or a delay such as {@code "3d"}. */
    private static Optional<Duration> expiresIn(JsonBody body) {
        var node = body.node().get("expires_in");
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (node.isNumber()) {
            return Optional.of(Durations.seconds(node.getLongValue(), "expires_in"));
        }
        if (node.isString()) {
            return Optional.of(Durations.parse(node.getStringValue(), "expires_in"));
        }
        throw InvalidInput.of("expires_in", "must be a number of seconds or a delay such as 3d");
    }

    /** As {@link Api#answer}, with a refusal of lines answered with every refused line. */
    private HttpResponse<String> lines(HttpRequest<?> request, Supplier<HttpResponse<String>> endpoint) {
        return api.answer(request, () -> {
            try {
                return endpoint.get();
            } catch (RuleBroken broken) {
                if (broken.lines().isEmpty()) {
                    throw broken;
                }
                return api.json(request, 400, SurfaceViews.linesRefused(broken.getMessage(), broken.lines()));
            }
        });
    }

    private HttpResponse<String> joinPolicy(HttpRequest<?> request, Organization organization,
                                            io.memberkit.domain.membership.JoinPolicy policy, int status) {
        return api.json(request, status, SurfaceViews.joinPolicy(organization.id().value(), policy));
    }

    private Organization organization(Actor actor, String idOrSlug) {
        return api.uc().getOrganization().get(new GetOrganization(actor, idOrSlug));
    }
}
