package io.memberkit.bootstrap.server;

import io.memberkit.adapter.http.udata.wire.UdataMessage;
import io.memberkit.application.port.in.me.AcceptInvitation;
import io.memberkit.application.port.in.me.DeleteMyAccount;
import io.memberkit.application.port.in.me.GetMe;
import io.memberkit.application.port.in.me.ListMyInvitations;
import io.memberkit.application.port.in.me.ListMyOrganizations;
import io.memberkit.application.port.in.me.MyOrganization;
import io.memberkit.application.port.in.me.RefuseInvitation;
import io.memberkit.application.port.in.me.UpdateMyProfile;
import io.memberkit.application.port.in.organization.GetOrganization;
import io.memberkit.bootstrap.udata.UdataViews;
import io.memberkit.bootstrap.udata.Viewer;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.membership.MembershipRequestId;
import io.memberkit.domain.user.ProfileChanges;
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

/** {@code /api/1/me/}: the key owner's profile and invitations. Every endpoint needs a key (401 without). */
@Controller("/api/1/me")
final class MeController {
    private final Api api;

    MeController(Api api) {
        this.api = api;
    }

    @Get("/")
    HttpResponse<String> show(HttpRequest<?> request) {
        return api.answer(request, () -> {
            var actor = api.signedIn(request);
            var me = api.uc().getMe().get(new GetMe(actor));
            var organizations = api.uc().listMyOrganizations().list(new ListMyOrganizations(actor)).stream()
                    .map(MyOrganization::organization).toList();
            return api.ok(request, UdataViews.user(me, Viewer.of(Optional.of(me)), Optional.of(organizations)));
        });
    }

    /** uData ignores {@code roles} and {@code active} here: they are not read. */
    @Put("/")
    HttpResponse<String> update(HttpRequest<?> request, @Body @Nullable String text) {
        return api.answer(request, () -> {
            var actor = api.signedIn(request);
            var changes = profileChanges(JsonBody.of(text).object());
            var me = api.uc().updateMyProfile().update(new UpdateMyProfile(actor, changes));
            return api.ok(request, UdataViews.user(me, Viewer.of(Optional.of(me)), Optional.empty()));
        });
    }

    @Delete("/")
    HttpResponse<String> delete(HttpRequest<?> request) {
        return api.answer(request, () -> {
            api.uc().deleteMyAccount().delete(new DeleteMyAccount(api.signedIn(request)));
            return Api.noContent();
        });
    }

    @Get("/org_invitations/")
    HttpResponse<String> invitations(HttpRequest<?> request) {
        return api.answer(request, () -> {
            var actor = api.signedIn(request);
            var invitations = api.uc().listMyInvitations().list(new ListMyInvitations(actor));
            return api.ok(request, invitations.stream().map(i -> UdataViews.pendingInvitation(i,
                    r -> Optional.of(api.uc().getOrganization().get(new GetOrganization(actor,
                            r.organization().value()))))).toList());
        });
    }

    @Post("/org_invitations/{id}/accept/")
    HttpResponse<String> accept(HttpRequest<?> request, String id) {
        return api.answer(request, () -> {
            api.uc().acceptInvitation().accept(new AcceptInvitation(api.signedIn(request), new MembershipRequestId(id)));
            return api.ok(request, new UdataMessage("Invitation accepted"));
        });
    }

    @Post("/org_invitations/{id}/refuse/")
    HttpResponse<String> refuse(HttpRequest<?> request, String id) {
        return api.answer(request, () -> {
            api.uc().refuseInvitation().refuse(new RefuseInvitation(api.signedIn(request), new MembershipRequestId(id)));
            return api.ok(request, new UdataMessage("Invitation refused"));
        });
    }

    /** The profile fields of a PUT body; absent fields keep their value, a blank about or website clears it. */
    static ProfileChanges profileChanges(JsonBody body) {
        return new ProfileChanges(body.string("first_name"), body.string("last_name"),
                body.string("email").map(e -> EmailAddress.parse(e, "email")), body.string("about"),
                body.string("website"), body.string("avatar"));
    }
}
