package io.memberkit.adapter.http.udata;

import io.memberkit.adapter.http.common.RemoteCall;
import io.memberkit.adapter.http.udata.wire.UdataSubject;
import io.memberkit.application.port.out.BackendFailure;
import io.memberkit.application.port.out.SubjectRepository;
import io.memberkit.domain.assignment.Assignment;
import io.memberkit.domain.assignment.Subject;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.error.Gone;
import io.micronaut.core.type.Argument;
import java.util.Optional;

/**
 * The platform's objects as uData knows them: {@code GET /datasets/{id}/}, {@code /reuses/{id}/},
 * {@code /dataservices/{id}/}, asking only for the owning organization. An object owned by a user (no organization),
 * unknown (404) or deleted (410) is not an organization's subject: empty, so assignments to it are skipped.
 * uData owns its objects: declaring or removing one is not supported here.
 */
public final class UdataSubjectRepository implements SubjectRepository {
    private final UdataClient client;

    UdataSubjectRepository(UdataClient client) {
        this.client = client;
    }

    @Override
    public Optional<Subject> find(SubjectRef ref) {
        var template = switch (ref.kind()) {
            case DATASET -> "/datasets/{}/";
            case REUSE -> "/reuses/{}/";
            case DATASERVICE -> "/dataservices/{}/";
        };
        try {
            return client.find(RemoteCall.get(template, ref.id()).header("X-Fields", "id,organization{id}"),
                    Argument.of(UdataSubject.class), subject -> subject).flatMap(subject ->
                    Optional.ofNullable(subject.organization()).filter(o -> o.id() != null)
                            .map(o -> new Subject(ref, new OrganizationId(o.id()))));
        } catch (Gone deleted) {
            return Optional.empty();
        }
    }

    @Override
    public void register(Subject subject, Optional<Assignment> creatorAssignment) {
        throw new BackendFailure.NotSupported("registering a subject (uData owns its datasets, reuses and "
                + "dataservices)", UdataConfiguration.PROVIDER);
    }

    @Override
    public void remove(SubjectRef ref) {
        throw new BackendFailure.NotSupported("removing a subject (uData owns its datasets, reuses and dataservices)",
                UdataConfiguration.PROVIDER);
    }
}
