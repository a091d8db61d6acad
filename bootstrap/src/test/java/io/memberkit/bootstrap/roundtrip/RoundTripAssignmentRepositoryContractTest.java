package io.memberkit.bootstrap.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.application.contract.AssignmentRepositoryContract;
import io.memberkit.application.port.out.BackendFailure;
import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.domain.assignment.Assignment;
import io.memberkit.domain.assignment.Subject;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.membership.MemberRole;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The assignment and subject contract through the uData adapter against {@code memberkit serve} (see
 * {@link RoundTripPorts} for which ports go over HTTP and why). uData owns its datasets, reuses and dataservices:
 * the adapter reports declaring or removing one as not supported, which the two subject writing tests assert.
 */
class RoundTripAssignmentRepositoryContractTest extends AssignmentRepositoryContract {
    @RegisterExtension
    static final RoundTrip SERVER = new RoundTrip();
    @Override
    protected OutboundPorts ports() {
        return SERVER.emptyPorts();
    }

    @Override
    @Test
    protected void a_subject_registered_by_its_partial_editor_creator_is_assigned_to_them() {
        var organization = organizationOf(aUser());
        var partial = aUser();
        member(organization, partial, MemberRole.PARTIAL_EDITOR, t(1));
        var ref = SubjectRef.dataset("created-by-partial");

        var subjects = SERVER.http().as(partial.id()).subjects();

        assertThatThrownBy(() -> subjects.register(new Subject(ref, organization.id()),
                Optional.of(new Assignment(organization.id(), partial.id(), ref, t(2)))))
                .isInstanceOf(BackendFailure.NotSupported.class);
        assertThat(out.assignments().of(organization.id(), partial.id())).isEmpty();
    }

    @Override
    @Test
    protected void a_removed_subject_takes_its_assignments_with_it() {
        var admin = aUser();
        var organization = organizationOf(admin);
        var partial = aUser();
        var kept = subject(organization, "kept");
        var removed = subject(organization, "removed");
        member(organization, partial, MemberRole.PARTIAL_EDITOR, t(1), kept, removed);

        assertThatThrownBy(() -> SERVER.http().as(admin.id()).subjects().remove(removed))
                .isInstanceOf(BackendFailure.NotSupported.class);
        assertThat(out.assignments().of(organization.id(), partial.id())).extracting(Assignment::subject)
                .containsExactlyInAnyOrder(kept, removed);
    }
}
