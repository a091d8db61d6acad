package io.memberkit.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.memberkit.application.port.in.member.InviteMember;
import io.memberkit.application.port.in.member.RemoveMember;
import io.memberkit.application.port.in.organization.CreateOrganization;
import io.memberkit.application.port.in.user.RegisterUser;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.DomainEvent;
import io.memberkit.domain.error.RuleBroken;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.testing.TestOrganizations;
import io.memberkit.domain.testing.TestUsers;
import io.memberkit.domain.user.User;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** memberkit inside a platform that brings its own database and pool. */
class EmbeddingTest {
    private String url;
    private JdbcDataSource platformPool;

    @BeforeEach
    void aPlatformWithItsOwnTables() throws SQLException {
        url = "jdbc:h2:mem:platform-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;" + DatabaseSettings.H2_OPTIONS;
        platformPool = new JdbcDataSource();
        platformPool.setURL(url);
        try (var c = platformConnection(); var s = c.createStatement()) {
            // the same table names memberkit uses, to show they never meet
            s.execute("CREATE TABLE users (id INT PRIMARY KEY, login VARCHAR(50))");
            s.execute("INSERT INTO users VALUES (1, 'platform-admin'), (2, 'platform-user')");
            s.execute("CREATE TABLE flyway_schema_history (installed_rank INT PRIMARY KEY, version VARCHAR(50))");
            s.execute("INSERT INTO flyway_schema_history VALUES (1, '42')");
        }
    }

    private Connection platformConnection() throws SQLException {
        return DriverManager.getConnection(url);
    }

    private List<String> platformRows() throws SQLException {
        var rows = new ArrayList<String>();
        try (var c = platformConnection(); var s = c.createStatement()) {
            try (var r = s.executeQuery("SELECT id, login FROM public.users ORDER BY id")) {
                while (r.next()) {
                    rows.add("users:" + r.getInt(1) + ":" + r.getString(2));
                }
            }
            try (var r = s.executeQuery("SELECT installed_rank, version FROM public.flyway_schema_history")) {
                while (r.next()) {
                    rows.add("history:" + r.getInt(1) + ":" + r.getString(2));
                }
            }
            try (var r = s.executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = 'public' ORDER BY table_name")) {
                while (r.next()) {
                    rows.add("table:" + r.getString(1));
                }
            }
        }
        return rows;
    }

    private static User register(Memberkit memberkit, String first) {
        return memberkit.useCases().registerUser().register(new RegisterUser(Actor.anonymous(),
                TestUsers.aUser().named(first, "Platform").profile()));
    }

    private static Organization organizationOf(Memberkit memberkit, User admin) {
        return memberkit.useCases().createOrganization().create(new CreateOrganization(Actor.user(admin.id()),
                TestOrganizations.details("Platform org " + admin.firstName())));
    }

    @Nested
    class The_platforms_tables {
        @Test
        void are_left_alone_by_migration_and_by_use() throws SQLException {
            var before = platformRows();

            try (var memberkit = Memberkit.builder().dataSource(platformPool).build()) {
                var admin = register(memberkit, "Alice");
                organizationOf(memberkit, admin);
            }

            assertThat(platformRows()).isEqualTo(before);
            try (var c = platformConnection(); var s = c.createStatement();
                 var r = s.executeQuery("SELECT COUNT(*) FROM memberkit.users")) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(1);
            }
            try (var c = platformConnection(); var s = c.createStatement();
                 var r = s.executeQuery("SELECT COUNT(*) FROM memberkit.memberkit_schema_history WHERE success")) {
                r.next();
                assertThat(r.getInt(1)).isPositive();
            }
        }

        @Test
        void can_hold_memberkit_in_a_schema_of_the_platforms_choice() throws SQLException {
            try (var memberkit = Memberkit.builder().dataSource(platformPool).schema("members_area").build()) {
                register(memberkit, "Alice");
            }

            try (var c = platformConnection(); var s = c.createStatement();
                 var r = s.executeQuery("SELECT COUNT(*) FROM members_area.users")) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Nested
    class Events {
        @Test
        void reach_listeners_after_the_commit_so_another_connection_already_sees_the_change() throws SQLException {
            var seenCommitted = new ArrayList<Boolean>();
            var delivered = new ArrayList<DomainEvent>();
            try (var memberkit = Memberkit.builder().dataSource(platformPool).onEvent(event -> {
                delivered.add(event);
                seenCommitted.add(countOnAnotherConnection("SELECT COUNT(*) FROM memberkit.membership_requests") > 0);
            }).build()) {
                var admin = register(memberkit, "Alice");
                var organization = organizationOf(memberkit, admin);
                var bob = register(memberkit, "Bob");
                delivered.clear();
                seenCommitted.clear();

                memberkit.useCases().inviteMember().invite(new InviteMember(Actor.user(admin.id()), organization.id(),
                        new Invitee.Known(bob.id()), MemberRole.EDITOR, Set.of(), null));
            }

            assertThat(delivered).extracting(DomainEvent::type).containsExactly("MemberInvited");
            assertThat(seenCommitted).containsExactly(true);
        }

        @Test
        void never_reach_listeners_for_a_refused_use_case() {
            var delivered = new ArrayList<DomainEvent>();
            try (var memberkit = Memberkit.builder().dataSource(platformPool).onEvent(delivered::add).build()) {
                var admin = register(memberkit, "Alice");
                var organization = organizationOf(memberkit, admin);
                delivered.clear();

                try {
                    memberkit.useCases().removeMember().remove(new RemoveMember(Actor.user(admin.id()),
                            organization.id(), admin.id()));
                } catch (RuleBroken expected) {
                    // the last admin stays
                }
            }

            assertThat(delivered).isEmpty();
        }

        private int countOnAnotherConnection(String sql) {
            try (var c = platformConnection(); var s = c.createStatement(); var r = s.executeQuery(sql)) {
                r.next();
                return r.getInt(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
