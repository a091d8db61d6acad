package io.memberkit.bootstrap.mirror;

import io.memberkit.application.port.in.apikey.CreateApiKey;
import io.memberkit.application.port.in.assignment.RegisterSubject;
import io.memberkit.application.port.in.assignment.SyncAssignments;
import io.memberkit.application.port.in.member.AddMember;
import io.memberkit.application.port.in.member.InviteMember;
import io.memberkit.application.port.in.organization.CreateOrganization;
import io.memberkit.application.port.in.request.RequestMembership;
import io.memberkit.application.port.in.user.RegisterUser;
import io.memberkit.application.port.out.RemoteOrigin;
import io.memberkit.bootstrap.server.LocalServer;
import io.memberkit.bootstrap.wiring.Memberkit;
import io.memberkit.bootstrap.wiring.UseCases;
import io.memberkit.domain.assignment.Subject;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.organization.OrganizationDetails;
import io.memberkit.domain.user.UserProfile;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Set;
import java.util.UUID;

/**
 * The remote of the mirror tests: {@code memberkit serve} ({@link LocalServer}) over its own in-memory database, with
 * a small cast. Alice (whose API key the mirror uses) is the admin of "Open Data Lab", where Bruno is an editor and
 * Eve a partial editor assigned the dataset "budget"; Carla asked to join; an invitation by email is pending. "Other
 * Org" exists without Alice.
 */
public final class MirrorWorld implements AutoCloseable {
    public final Memberkit remote;
    public final LocalServer server;
    public final UserId alice;
    public final UserId bruno;
    public final UserId eve;
    public final UserId carla;
    public final OrganizationId lab;
    public final OrganizationId other;
    public final String aliceKey;
    /** The remote's in-memory database, for givens no use case writes fast enough (10,000 organizations). */
    public final String databaseUrl;

    public MirrorWorld() {
        var name = "mirror-remote-" + UUID.randomUUID();
        databaseUrl = "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        remote = Memberkit.builder().inMemory(name).build();
        server = LocalServer.start(remote.useCases(), 0);
        var uc = remote.useCases();
        alice = register("Alice", "Martin", "alice@example.org");
        bruno = register("Bruno", "Lefevre", "bruno@example.org");
        eve = register("Eve", "Durand", "eve@example.org");
        carla = register("Carla", "Petit", "carla@example.org");
        var zoe = register("Zoe", "Moreau", "zoe@example.org");
        aliceKey = uc.createApiKey().create(new CreateApiKey(Actor.user(alice), "mirror")).token().value();
        lab = createOrganization(alice, "Open Data Lab");
        other = createOrganization(zoe, "Other Org");
        uc.addMember().add(new AddMember(Actor.user(alice), lab, bruno, MemberRole.EDITOR));
        uc.addMember().add(new AddMember(Actor.user(alice), lab, eve, MemberRole.PARTIAL_EDITOR));
        uc.registerSubject().register(new RegisterSubject(Actor.user(alice),
                new Subject(SubjectRef.dataset("budget"), lab)));
        uc.syncAssignments().sync(new SyncAssignments(Actor.user(alice), lab, eve, Set.of(SubjectRef.dataset("budget"))));
        uc.requestMembership().request(new RequestMembership(Actor.user(carla), lab, "let me in"));
        uc.inviteMember().invite(new InviteMember(Actor.user(alice), lab,
                new Invitee.ByEmail(new EmailAddress("newcomer@example.org")), MemberRole.EDITOR, Set.of(), null));
    }

    public UseCases uc() {
        return remote.useCases();
    }

    public UserId register(String first, String last, String email) {
        return uc().registerUser().register(new RegisterUser(Actor.anonymous(), new UserProfile(first, last,
                new EmailAddress(email), null, null, null))).id();
    }

    public OrganizationId createOrganization(UserId founder, String name) {
        return uc().createOrganization().create(new CreateOrganization(Actor.user(founder),
                new OrganizationDetails(name, null, null, null, null, null))).id();
    }

    public RemoteOrigin origin() {
        return new RemoteOrigin("udata", server.url().toString());
    }

    /** A remote id as the mirror spells it locally. */
    public String local(Object remoteId) {
        var value = remoteId instanceof UserId u ? u.value() : remoteId instanceof OrganizationId o ? o.value()
                : remoteId.toString();
        return origin().tag() + "." + value;
    }

    /** A mirror of this remote in {@code dataDir}, acting with Alice's key. */
    public Memberkit mirror(Path dataDir) {
        return Memberkit.builder().embeddedH2(dataDir).mirrorOf("udata", server.url(), aliceKey).build();
    }

    /** One number from the mirror's database in {@code dataDir} (opened beside the running mirror). */
    public static long count(Path dataDir, String sql, Object... args) {
        try (var connection = DriverManager.getConnection("jdbc:h2:file:" + dataDir.toAbsolutePath() + "/memberkit;"
                + "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "");
             var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() {
        server.close();
        remote.close();
    }
}
