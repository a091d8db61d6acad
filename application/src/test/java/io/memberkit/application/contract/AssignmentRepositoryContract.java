package io.memberkit.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.memberkit.domain.assignment.Assignment;
import io.memberkit.domain.assignment.Subject;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.membership.MemberRole;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@code AssignmentRepository} and {@code SubjectRepository} do. */
public abstract class AssignmentRepositoryContract extends PortContract {

    @Test
    void replacing_assignments_has_set_semantics_and_returns_the_new_set() {
        var admin = aUser();
        var organization = organizationOf(admin);
        var partial = aUser();
        member(organization, partial, MemberRole.PARTIAL_EDITOR, t(1));
        var a = subject(organization, "a");
        var b = subject(organization, "b");
        var c = subject(organization, "c");

        var two = write(() -> out.assignments().replace(organization.id(), partial.id(), Set.of(a, b), t(2)));
        var other = write(() -> out.assignments().replace(organization.id(), partial.id(), Set.of(b, c), t(3)));
        var none = write(() -> out.assignments().replace(organization.id(), partial.id(), Set.of(), t(4)));

        assertThat(two).extracting(Assignment::subject).containsExactlyInAnyOrder(a, b);
        assertThat(other).extracting(Assignment::subject).containsExactlyInAnyOrder(b, c);
        assertThat(none).isEmpty();
        assertThat(out.assignments().of(organization.id(), partial.id())).isEmpty();
    }

    @Test
    void an_organizations_assignments_are_listed_by_member_and_paged() {
        var admin = aUser();
        var organization = organizationOf(admin);
        var first = aUser();
        var second = aUser();
        var a = subject(organization, "a");
        var b = subject(organization, "b");
        member(organization, first, MemberRole.PARTIAL_EDITOR, t(1), a, b);
        member(organization, second, MemberRole.PARTIAL_EDITOR, t(2), a);
        var elsewhere = organizationOf(admin);
        member(elsewhere, first, MemberRole.PARTIAL_EDITOR, t(3), subject(elsewhere, "z"));

        var page = out.assignments().list(organization.id(), new PageRequest(1, 2));

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).hasSize(2);
        assertThat(page.hasNext()).isTrue();
        assertThat(page.items()).extracting(Assignment::organization).containsOnly(organization.id());
    }

    @Test
    protected void a_subject_is_found_with_its_owner() {
        var organization = organizationOf(aUser());
        var ref = subject(organization, "ds-1");

        assertThat(out.subjects().find(ref)).contains(new Subject(ref, organization.id()));
        assertThat(out.subjects().find(SubjectRef.reuse("ds-1"))).isEmpty();
    }

    @Test
    protected void a_subject_registered_by_its_partial_editor_creator_is_assigned_to_them() {
        var organization = organizationOf(aUser());
        var partial = aUser();
        member(organization, partial, MemberRole.PARTIAL_EDITOR, t(1));
        var ref = SubjectRef.dataset("created-by-partial");

        run(() -> out.subjects().register(new Subject(ref, organization.id()),
                Optional.of(new Assignment(organization.id(), partial.id(), ref, t(2)))));

        assertThat(out.assignments().of(organization.id(), partial.id())).extracting(Assignment::subject)
                .containsExactly(ref);
    }

    @Test
    protected void a_removed_subject_takes_its_assignments_with_it() {
        var organization = organizationOf(aUser());
        var partial = aUser();
        var kept = subject(organization, "kept");
        var removed = subject(organization, "removed");
        member(organization, partial, MemberRole.PARTIAL_EDITOR, t(1), kept, removed);

        run(() -> out.subjects().remove(removed));

        assertThat(out.subjects().find(removed)).isEmpty();
        assertThat(out.assignments().of(organization.id(), partial.id())).extracting(Assignment::subject)
                .containsExactly(kept);
    }
}
