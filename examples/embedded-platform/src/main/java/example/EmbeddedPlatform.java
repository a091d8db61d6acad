package example;

import io.memberkit.application.port.in.assignment.RegisterSubject;
import io.memberkit.application.port.in.assignment.SyncAssignments;
import io.memberkit.application.port.in.me.AcceptInvitation;
import io.memberkit.application.port.in.member.InviteMember;
import io.memberkit.application.port.in.organization.CreateOrganization;
import io.memberkit.application.port.in.permission.MayEdit;
import io.memberkit.application.port.in.user.RegisterUser;
import io.memberkit.bootstrap.wiring.Memberkit;
import io.memberkit.domain.assignment.Subject;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.DomainEvent;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.organization.OrganizationDetails;
import io.memberkit.domain.user.UserProfile;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.h2.jdbcx.JdbcDataSource;

/** A platform with its own database and table embeds memberkit and runs a membership story through it. */
public final class EmbeddedPlatform {

    public static void main(String[] args) throws SQLException {
        var pool = new JdbcDataSource(); // the platform's own pool; H2 must speak PostgreSQL for memberkit
        pool.setURL("jdbc:h2:mem:platform;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        try (var c = pool.getConnection(); var s = c.createStatement()) {
            s.execute("CREATE TABLE datasets (id VARCHAR(40) PRIMARY KEY, title VARCHAR(200))");
            s.execute("INSERT INTO datasets VALUES ('budget', 'Budget 2024'), ('roads', 'Roads')");
        }
        var received = new ArrayList<DomainEvent>();

        // readme:start
        try (var memberkit = Memberkit.builder()
                .dataSource(pool)                  // the platform's own pool; memberkit's tables go in schema "memberkit"
                .onEvent(received::add)            // called after each commit, in order per organization
                .build()) {
            var uc = memberkit.useCases();
            var alice = uc.registerUser().register(new RegisterUser(Actor.anonymous(),
                    new UserProfile("Alice", "Admin", new EmailAddress("alice@example.org"), null, null, null)));
            var bob = uc.registerUser().register(new RegisterUser(Actor.anonymous(),
                    new UserProfile("Bob", "Partial", new EmailAddress("bob@example.org"), null, null, null)));
            var org = uc.createOrganization().create(new CreateOrganization(Actor.user(alice.id()),
                    new OrganizationDetails("Métropole Exemple", null, "An example", null, null, null)));

            var budget = SubjectRef.dataset("budget");
            var roads = SubjectRef.dataset("roads");
            for (var dataset : List.of(budget, roads)) {   // the platform tells memberkit which objects are the org's
                uc.registerSubject().register(new RegisterSubject(Actor.user(alice.id()), new Subject(dataset, org.id())));
            }
            var invitation = uc.inviteMember().invite(new InviteMember(Actor.user(alice.id()), org.id(),
                    new Invitee.Known(bob.id()), MemberRole.PARTIAL_EDITOR, Set.of(), "Welcome"));
            uc.acceptInvitation().accept(new AcceptInvitation(Actor.user(bob.id()), invitation.id()));
            uc.syncAssignments().sync(new SyncAssignments(Actor.user(alice.id()), org.id(), bob.id(), Set.of(budget)));

            boolean budgetEditable = uc.mayEdit().mayEdit(new MayEdit(Actor.user(bob.id()), org.id(), budget));
            boolean roadsEditable = uc.mayEdit().mayEdit(new MayEdit(Actor.user(bob.id()), org.id(), roads));
            System.out.println("Bob may edit budget: " + budgetEditable + ", roads: " + roadsEditable);
            check(budgetEditable && !roadsEditable, "a partial editor edits only what is assigned");
        }
        // readme:end

        System.out.println("Events received: " + received.stream().map(DomainEvent::type).toList());
        check(received.stream().map(DomainEvent::type).toList().containsAll(
                List.of("MemberInvited", "InvitationAccepted", "AssignmentsSynced")), "the listener got the events");
        try (var c = pool.getConnection(); var s = c.createStatement();
             var r = s.executeQuery("SELECT COUNT(*) FROM public.datasets")) {
            r.next();
            check(r.getInt(1) == 2, "the platform's own table is untouched");
        }
        System.out.println("The embedded platform's membership story ran green.");
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("failed: " + what);
        }
    }
}
