package io.memberkit.adapter.http.udata.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.memberkit.application.port.out.OrganizationQuery.OrganizationSort;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.SortOrder;
import io.memberkit.domain.error.InvalidInput;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.organization.Badge;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** uData's spellings read from a person or a client: forgiving about case, naming the field when refusing. */
class UdataTextTest {
    @Test
    void reads_udatas_spellings_whatever_the_case() {
        assertThat(UdataText.role(" Partial_Editor ", "role")).isEqualTo(MemberRole.PARTIAL_EDITOR);
        assertThat(UdataText.badge("public-service", "badge")).isEqualTo(Badge.PUBLIC_SERVICE);
        assertThat(UdataText.subject("dataset:budget-2024", "--assign")).isEqualTo(SubjectRef.dataset("budget-2024"));
        assertThat(UdataText.organizationSort("-created", "sort"))
                .isEqualTo(SortOrder.descending(OrganizationSort.CREATED));
    }

    @Test
    void a_bad_value_names_the_field_and_the_spellings_it_takes() {
        var error = catchThrowableOfType(() -> UdataText.role("owner", "--role"), InvalidInput.class);

        assertThat(error.errors()).isEqualTo(Map.of("--role",
                List.of("Invalid role 'owner' (one of: admin, editor, partial_editor)")));
        assertThat(catchThrowableOfType(() -> UdataText.subject("budget", "assignments"), InvalidInput.class).field())
                .isEqualTo("assignments");
        assertThat(catchThrowableOfType(() -> UdataText.badge(" ", "kind"), InvalidInput.class).errors())
                .isEqualTo(Map.of("kind", List.of("is required")));
    }

    @Test
    void a_subject_is_written_as_class_and_id() {
        assertThat(UdataText.subject(SubjectRef.reuse("r1"))).isEqualTo("Reuse:r1");
    }
}
