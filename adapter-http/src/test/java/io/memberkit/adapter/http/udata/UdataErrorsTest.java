package io.memberkit.adapter.http.udata;

import static io.memberkit.adapter.http.udata.fake.FakeUdata.Reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.memberkit.adapter.http.udata.fake.UdataFixtures;
import io.memberkit.application.port.out.BackendFailure;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.Conflict;
import io.memberkit.domain.error.Forbidden;
import io.memberkit.domain.error.Gone;
import io.memberkit.domain.error.InvalidInput;
import io.memberkit.domain.error.NotFound;
import io.memberkit.domain.error.Rule;
import io.memberkit.domain.error.RuleBroken;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.testing.TestOrganizations;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** uData's error statuses and bodies (behaviour-cases.md, "Error body formats") as memberkit's errors. */
class UdataErrorsTest extends UdataTestSupport {
    private static final OrganizationId SIG = new OrganizationId(UdataFixtures.SIG_ID);
    private static final String SIG_PATH = "/organizations/" + UdataFixtures.SIG_ID + "/";

    @Test
    void model_validation_errors_are_strings_per_field() {
        udata.on("PUT", SIG_PATH, Reply.json(400, """
                {"errors": {"business_number_id": "A siret number is made of 14 digits"},
                 "message": "Validation error"}"""));

        var error = catchThrowableOfType(() -> adapter.organizations().update(
                TestOrganizations.anOrganization().id(SIG.value()).build()), InvalidInput.class);

        assertThat(error.errors()).isEqualTo(Map.of("business_number_id",
                List.of("A siret number is made of 14 digits")));
    }

    @Test
    void form_validation_errors_are_lists_per_field_in_order() {
        udata.on("POST", "/organizations/", Reply.json(400, """
                {"errors": {"name": ["This field is required.", "Too short."], "url": ["Invalid URL."]}}"""));

        var error = catchThrowableOfType(() -> adapter.organizations().create(
                TestOrganizations.anOrganization().build(), null), InvalidInput.class);

        assertThat(error.errors()).containsExactly(
                Map.entry("name", List.of("This field is required.", "Too short.")),
                Map.entry("url", List.of("Invalid URL.")));
        assertThat(error.field()).isEqualTo("name");
    }

    @Test
    void a_400_with_only_a_message_is_reported_on_the_operations_field() {
        udata.on("PUT", SIG_PATH + "member/u1/assignments/",
                Reply.message(400, "User must be a partial_editor member of this organization"));

        var error = catchThrowableOfType(() -> adapter.assignments().replace(SIG, new UserId("u1"),
                java.util.Set.of(), java.time.Instant.EPOCH), InvalidInput.class);

        assertThat(error.errors()).isEqualTo(Map.of("assignments",
                List.of("User must be a partial_editor member of this organization")));
    }

    @Test
    void a_400_with_only_a_message_on_a_call_without_its_own_field_is_on_request() {
        udata.on("DELETE", SIG_PATH, Reply.message(400, "Bad things"));

        var error = catchThrowableOfType(() -> adapter.organizations().markDeleted(
                TestOrganizations.anOrganization().id(SIG.value()).build()), InvalidInput.class);

        assertThat(error.errors()).isEqualTo(Map.of("request", List.of("Bad things")));
    }

    @Test
    void a_400_naming_a_rule_is_that_rule_broken() {
        udata.on("DELETE", SIG_PATH + "member/u1/", Reply.json(400, """
                {"message": "LAST_ADMIN: an organization keeps at least one admin", "rule": "LAST_ADMIN"}"""));

        var error = catchThrowableOfType(() -> adapter.members().remove(SIG, new UserId("u1")), RuleBroken.class);

        assertThat(error.rule()).isEqualTo(Rule.LAST_ADMIN);
    }

    @Test
    void a_400_naming_a_rule_memberkit_does_not_know_is_invalid_input() {
        udata.on("DELETE", SIG_PATH + "member/u1/", Reply.json(400, """
                {"message": "No way", "rule": "SOMETHING_NEW"}"""));

        var error = catchThrowableOfType(() -> adapter.members().remove(SIG, new UserId("u1")), InvalidInput.class);

        assertThat(error.errors()).isEqualTo(Map.of("request", List.of("No way")));
    }

    @Test
    void a_400_without_a_readable_body_is_still_invalid_input() {
        udata.on("DELETE", SIG_PATH, Reply.json(400, "<h1>Bad Request</h1>"));

        var error = catchThrowableOfType(() -> adapter.organizations().markDeleted(
                TestOrganizations.anOrganization().id(SIG.value()).build()), InvalidInput.class);

        assertThat(error.errors()).containsOnlyKeys("request");
    }

    @Test
    void each_refusal_status_is_its_domain_error_with_udatas_words() {
        var member = SIG_PATH + "member/u1/";
        var cases = Map.of(
                401, BackendFailure.Unauthenticated.class,
                403, Forbidden.class,
                404, NotFound.class,
                409, Conflict.class,
                410, Gone.class,
                423, BackendFailure.ReadOnly.class,
                418, BackendFailure.BadAnswer.class);
        cases.forEach((status, type) -> {
            udata.reset();
            udata.on("PUT", member, Reply.message(status, "uData says " + status));
            assertThatThrownBy(() -> adapter.members().changeRole(SIG, new UserId("u1"), MemberRole.EDITOR))
                    .as("status %d", status).isInstanceOf(type);
        });
    }

    @Test
    void forbidden_not_found_conflict_and_gone_carry_udatas_message() {
        var member = SIG_PATH + "member/u1/";
        udata.on("PUT", member, Reply.message(403, "You do not have the permission to modify that object."));
        assertThatThrownBy(() -> adapter.members().changeRole(SIG, new UserId("u1"), MemberRole.EDITOR))
                .isInstanceOf(Forbidden.class).hasMessage("You do not have the permission to modify that object.");

        udata.reset();
        udata.on("PUT", member, Reply.json(404, ""));
        assertThatThrownBy(() -> adapter.members().changeRole(SIG, new UserId("u1"), MemberRole.EDITOR))
                .isInstanceOf(NotFound.class).hasMessage("Not found: PUT " + member);
    }

    @Test
    void unauthenticated_names_the_endpoint() {
        udata.on("GET", "/me/", Reply.message(401, "Invalid API token"));

        assertThatThrownBy(() -> adapter.users().find(new UserId("anyone")))
                .isInstanceOf(BackendFailure.Unauthenticated.class)
                .hasMessage("udata refused the credentials (401) for GET /me/: Invalid API token");
    }
}
