package io.memberkit.adapter.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.adapter.persistence.testing.TestDatabase;
import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.domain.assignment.Subject;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.membership.Memberships;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.testing.TestOrganizations;
import io.memberkit.domain.testing.TestUsers;
import io.memberkit.domain.user.User;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The schema refuses what the domain refuses, when plain SQL goes around the domain. */
public abstract class SchemaRulesTest {
    // SQLSTATEs: PostgreSQL's, then H2's where it has its own
    private static final Set<String> UNIQUE = Set.of("23505");
    private static final Set<String> FOREIGN_KEY = Set.of("23503", "23506");
    private static final Set<String> CHECK = Set.of("23514", "23513");

    private OutboundPorts ports;
    private User admin;
    private User other;
    private Organization organization;

    protected abstract TestDatabase database();

    @BeforeEach
    void anOrganizationWithItsAdminAndAnotherUser() {
        ports = database().emptyPorts();
        admin = TestUsers.aUser().build();
        other = TestUsers.aUser().build();
        organization = TestOrganizations.anOrganization().build();
        ports.unitOfWork().write(() -> {
            ports.users().add(admin);
            ports.users().add(other);
            return ports.organizations().create(organization,
                    Memberships.founder(organization.id(), admin.id(), organization.created()).state());
        });
    }

    @Test
    void a_second_membership_row_for_the_same_user_is_refused() {
        assertRefused("INSERT INTO members VALUES (?, ?, 'editor', CURRENT_TIMESTAMP)", UNIQUE,
                organization.id().value(), admin.id().value());
    }

    @Test
    void a_member_of_no_organization_is_refused() {
        assertRefused("INSERT INTO members VALUES ('nowhere', ?, 'editor', CURRENT_TIMESTAMP)", FOREIGN_KEY,
                other.id().value());
    }

    @Test
    void a_member_who_is_no_user_is_refused() {
        assertRefused("INSERT INTO members VALUES (?, 'nobody', 'editor', CURRENT_TIMESTAMP)", FOREIGN_KEY,
                organization.id().value());
    }

    @Test
    void an_unknown_role_is_refused() {
        assertRefused("INSERT INTO members VALUES (?, ?, 'owner', CURRENT_TIMESTAMP)", CHECK,
                organization.id().value(), other.id().value());
    }

    @Test
    void an_assignment_of_a_member_who_is_not_a_partial_editor_is_refused() {
        var ref = subject("ds-1");
        assertRefused("INSERT INTO assignments (organization_id, user_id, subject_class, subject_id, created)"
                        + " VALUES (?, ?, 'dataset', ?, CURRENT_TIMESTAMP)", FOREIGN_KEY,
                organization.id().value(), admin.id().value(), ref.id());
    }

    @Test
    void an_assignment_of_an_object_of_another_organization_is_refused() throws SQLException {
        execute("INSERT INTO members VALUES (?, ?, 'partial_editor', CURRENT_TIMESTAMP)", organization.id().value(),
                other.id().value());
        var elsewhere = TestOrganizations.anOrganization().build();
        ports.unitOfWork().write(() -> ports.organizations().create(elsewhere,
                Memberships.founder(elsewhere.id(), admin.id(), elsewhere.created()).state()));
        ports.unitOfWork().write(() -> {
            ports.subjects().register(new Subject(SubjectRef.dataset("theirs"), elsewhere.id()), Optional.empty());
            return null;
        });

        assertRefused("INSERT INTO assignments (organization_id, user_id, subject_class, subject_id, created)"
                        + " VALUES (?, ?, 'dataset', 'theirs', CURRENT_TIMESTAMP)", FOREIGN_KEY,
                organization.id().value(), other.id().value());
    }

    @Test
    void an_invitation_to_both_a_user_and_an_email_is_refused() {
        assertRefused("INSERT INTO membership_requests (id, organization_id, kind, status, user_id, email, role,"
                        + " created) VALUES ('r1', ?, 'invitation', 'pending', ?, 'x@example.org', 'editor',"
                        + " CURRENT_TIMESTAMP)", CHECK,
                organization.id().value(), other.id().value());
    }

    @Test
    void an_unknown_request_status_is_refused() {
        assertRefused("INSERT INTO membership_requests (id, organization_id, kind, status, user_id, role, created)"
                        + " VALUES ('r1', ?, 'request', 'maybe', ?, 'editor', CURRENT_TIMESTAMP)", CHECK,
                organization.id().value(), other.id().value());
    }

    @Test
    void a_second_account_with_the_same_email_is_refused() {
        assertRefused("INSERT INTO users (id, slug, first_name, last_name, email, roles, active, since)"
                        + " VALUES ('u-x', 'u-x', 'A', 'B', ?, '', TRUE, CURRENT_TIMESTAMP)", UNIQUE,
                admin.email().value());
    }

    @Test
    void an_expired_status_is_never_stored() {
        // expired is computed from expires_at and the clock: the row stays pending
        assertRefused("INSERT INTO membership_requests (id, organization_id, kind, status, user_id, role, created)"
                        + " VALUES ('r1', ?, 'invitation', 'expired', ?, 'editor', CURRENT_TIMESTAMP)", CHECK,
                organization.id().value(), other.id().value());
    }

    @Test
    void admin_is_never_the_default_join_role() {
        assertRefused("UPDATE organizations SET default_join_role = 'admin' WHERE id = ?", CHECK,
                organization.id().value());
    }

    @Test
    void a_domain_is_declared_once_per_organization_in_lower_case() {
        var insert = "INSERT INTO organization_domains (organization_id, domain, declared_on)"
                + " VALUES (?, ?, CURRENT_TIMESTAMP)";
        assertRefused(insert, CHECK, organization.id().value(), "Agglo.Example.org");
        assertRefused(insert, FOREIGN_KEY, "nowhere", "agglo.example.org");
        assertThatCode(() -> execute(insert, organization.id().value(), "agglo.example.org"))
                .doesNotThrowAnyException();
        assertRefused(insert, UNIQUE, organization.id().value(), "agglo.example.org");
    }

    @Test
    void an_account_written_without_saying_so_has_an_unverified_address() throws SQLException {
        execute("INSERT INTO users (id, slug, first_name, last_name, email, roles, active, since)"
                + " VALUES ('u-new', 'u-new', 'A', 'B', 'new@example.org', '', TRUE, CURRENT_TIMESTAMP)");

        assertThat(ports.users().find(new UserId("u-new"))).get()
                .extracting(User::emailVerified).isEqualTo(false);
    }

    private SubjectRef subject(String id) {
        var ref = SubjectRef.dataset(id);
        ports.unitOfWork().write(() -> {
            ports.subjects().register(new Subject(ref, organization.id()), Optional.empty());
            return null;
        });
        return ref;
    }

    private void assertRefused(String sql, Set<String> sqlStates, String... parameters) {
        assertThatThrownBy(() -> execute(sql, parameters)).isInstanceOf(SQLException.class)
                .extracting(e -> ((SQLException) e).getSQLState()).isIn(sqlStates);
    }

    private void execute(String sql, String... parameters) throws SQLException {
        try (var connection = database().connection(); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
