package io.memberkit.bootstrap.server;

import io.memberkit.adapter.http.udata.mapping.UdataOrganizationMapper;
import io.memberkit.adapter.http.udata.mapping.UdataReferences;
import io.memberkit.adapter.http.udata.wire.UdataOrganizationRef;
import io.memberkit.adapter.http.udata.wire.UdataSubject;
import io.memberkit.application.port.in.assignment.GetSubject;
import io.memberkit.application.port.in.organization.GetOrganization;
import io.memberkit.domain.assignment.SubjectClass;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.error.DomainException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/**
 * {@code /api/1/datasets/{id}/}, {@code /reuses/{id}/} and {@code /dataservices/{id}/}: of the platform's objects,
 * memberkit knows only which organization owns each (its subjects), so that is what it serves:
 * {@code {"id", "organization"}}. Enough for a uData client that checks an assignment's object belongs to the
 * organization, as memberkit's own uData adapter does.
 */
@Controller("/api/1")
final class SubjectsController {
    private final Api api;

    SubjectsController(Api api) {
        this.api = api;
    }

    @Get("/datasets/{id}/")
    HttpResponse<String> dataset(HttpRequest<?> request, String id) {
        return subject(request, new SubjectRef(SubjectClass.DATASET, id));
    }

    @Get("/reuses/{id}/")
    HttpResponse<String> reuse(HttpRequest<?> request, String id) {
        return subject(request, new SubjectRef(SubjectClass.REUSE, id));
    }

    @Get("/dataservices/{id}/")
    HttpResponse<String> dataservice(HttpRequest<?> request, String id) {
        return subject(request, new SubjectRef(SubjectClass.DATASERVICE, id));
    }

    private HttpResponse<String> subject(HttpRequest<?> request, SubjectRef ref) {
        return api.answer(request, () -> {
            var actor = api.actor(request);
            var subject = api.uc().getSubject().get(new GetSubject(actor, ref));
            return api.ok(request, new UdataSubject(ref.id(), organizationRef(actor, subject.owner().value())));
        });
    }

    /** The owner in full when the viewer may see it, else by id. */
    private UdataOrganizationRef organizationRef(Actor actor, String id) {
        try {
            return UdataOrganizationMapper.INSTANCE.toReference(api.uc().getOrganization()
                    .get(new GetOrganization(actor, id)));
        } catch (DomainException hidden) {
            return UdataReferences.BY_ID.organization(new OrganizationId(id));
        }
    }
}
