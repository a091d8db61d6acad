package io.memberkit.bootstrap.cli;

import io.memberkit.adapter.http.udata.mapping.UdataText;
import io.memberkit.adapter.http.udata.mapping.UdataValues;
import io.memberkit.application.port.in.assignment.RegisterSubject;
import io.memberkit.application.port.in.assignment.SyncAssignments;
import io.memberkit.application.port.in.audit.ListAuditTrail;
import io.memberkit.application.port.in.me.AcceptInvitation;
import io.memberkit.application.port.in.me.RefuseInvitation;
import io.memberkit.application.port.in.member.InviteMember;
import io.memberkit.application.port.in.member.ListMembers;
import io.memberkit.application.port.in.member.RemoveMember;
import io.memberkit.application.port.in.organization.CreateOrganization;
import io.memberkit.application.port.in.permission.MayEdit;
import io.memberkit.application.port.in.request.ListMembershipRequests;
import io.memberkit.application.port.in.user.RegisterUser;
import io.memberkit.bootstrap.wiring.UseCases;
import io.memberkit.domain.assignment.Subject;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.error.RuleBroken;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.MembershipRequestId;
import io.memberkit.domain.membership.RequestStatus;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.organization.OrganizationDetails;
import io.memberkit.domain.user.User;
import io.memberkit.domain.user.UserProfile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The main job in one command: on a fresh embedded database, a whole membership story told step by step through
 * the use cases, ending with the organizations, their members, pending invitations and audit trail.
 */
@Command(name = "quickstart", mixinStandardHelpOptions = true,
        description = "Tells memberkit's story on a fresh embedded database: invitations, assignments, the last-admin rule.")
public final class QuickstartCommand implements Callable<Integer> {
    /** Its {@code --data-dir} (global) names where to create the fresh database; default a new one under ./data. */
    @ParentCommand
    MemberkitCommand root;

    @Spec
    CommandSpec spec;

    private PrintWriter out;
    private int step;
    /** Ids are opaque; the story names people instead. */
    private final Map<String, String> names = new LinkedHashMap<>();

    @Override
    public Integer call() {
        out = spec.commandLine().getOut();
        var directory = freshDirectory(root == null ? null : root.global.dataDir);
        out.println("memberkit quickstart: a fresh embedded H2 database in " + directory);
        try (var memberkit = Session.openEmbedded(directory)) {
            tell(memberkit.useCases());
        }
        return ExitCodes.DONE;
    }

    private void tell(UseCases uc) {
        var alice = register(uc, "Alice", "Martin", "alice@example.org");
        var bruno = register(uc, "Bruno", "Lefèvre", "bruno@example.org");
        var chloe = register(uc, "Chloé", "Dubois", "chloe@example.org");
        var damien = register(uc, "Damien", "Moreau", "damien@example.org");
        say("Registered 4 users: " + name(alice) + ", " + name(bruno) + ", " + name(chloe) + ", " + name(damien) + ".");

        var agglo = uc.createOrganization().create(new CreateOrganization(as(alice),
                new OrganizationDetails("Agglomération de la Métadonnée", "AMD", "Open data of the agglomeration.",
                        null, null, null)));
        var region = uc.createOrganization().create(new CreateOrganization(as(chloe),
                new OrganizationDetails("Région Île-de-Données", null, "A region that publishes.", null, null, null)));
        say("Alice created \"" + agglo.name() + "\" (slug " + agglo.slug() + "); Chloé created \"" + region.name()
                + "\" (slug " + region.slug() + "). Each creator is their organization's admin.");

        var budget = declare(uc, alice, agglo, "budget-2024");
        var transport = declare(uc, alice, agglo, "transport-lines");
        var population = declare(uc, alice, agglo, "population");
        say("Alice declared 3 datasets of " + agglo.slug() + ": budget-2024, transport-lines, population.");

        var toBruno = invite(uc, alice, agglo, new Invitee.Known(bruno.id()), MemberRole.EDITOR, Set.of());
        var toChloe = invite(uc, alice, agglo, new Invitee.ByEmail(new EmailAddress("chloe@example.org")),
                MemberRole.ADMIN, Set.of());
        invite(uc, alice, agglo, new Invitee.ByEmail(new EmailAddress("eve@example.org")), MemberRole.EDITOR, Set.of());
        var toDamien = invite(uc, alice, agglo, new Invitee.Known(damien.id()), MemberRole.PARTIAL_EDITOR, Set.of(budget));
        say("Alice invited Bruno (by user) as editor, chloe@example.org (by email: Chloé's account) as admin, "
                + "eve@example.org (by email, no account yet) as editor, and Damien as partial editor of budget-2024.");

        uc.acceptInvitation().accept(new AcceptInvitation(as(bruno), toBruno));
        uc.refuseInvitation().refuse(new RefuseInvitation(as(chloe), toChloe));
        var damienMember = uc.acceptInvitation().accept(new AcceptInvitation(as(damien), toDamien));
        say("Bruno accepted (now editor); Chloé refused; Damien accepted (now "
                + UdataValues.memberRole(damienMember.role()) + " with 1 assignment).");

        var synced = uc.syncAssignments().sync(new SyncAssignments(as(alice), agglo.id(), damien.id(),
                Set.of(budget, transport)));
        say("Alice synced Damien's assignments: " + String.join(", ",
                synced.stream().map(a -> UdataText.subject(a.subject())).sorted().toList()) + ".");

        boolean assigned = uc.mayEdit().mayEdit(new MayEdit(as(damien), agglo.id(), transport));
        boolean unassigned = uc.mayEdit().mayEdit(new MayEdit(as(damien), agglo.id(), population));
        say("May Damien edit " + UdataText.subject(transport) + "? " + (assigned ? "yes" : "no")
                + " (assigned). May he edit "
                + UdataText.subject(population) + "? " + (unassigned ? "yes" : "no") + " (not assigned).");

        try {
            uc.removeMember().remove(new RemoveMember(as(alice), agglo.id(), alice.id()));
            say("Alice removed herself: this should have been refused!");
        } catch (RuleBroken refused) {
            say("Alice tried to leave " + agglo.slug() + ", of which she is the last admin: refused ("
                    + refused.rule() + "): " + refused.getMessage() + ".");
        }

        show(uc, alice, agglo);
        show(uc, chloe, region);
    }

    private void show(UseCases uc, User admin, Organization organization) {
        out.println();
        out.println("== " + organization.name() + " (" + organization.slug() + ")");
        var members = uc.listMembers().list(new ListMembers(as(admin), organization.id(), Optional.empty(),
                PageRequest.first(100)));
        var table = new Table("MEMBER", "ROLE", "SINCE");
        members.items().forEach(m -> table.row(m.user().fullName(), UdataValues.memberRole(m.member().role()),
                m.member().since()));
        table.print(out);
        var pending = uc.listMembershipRequests().list(new ListMembershipRequests(as(admin), organization.id(),
                Optional.empty(), Optional.of(RequestStatus.PENDING), PageRequest.first(100)));
        out.println("Pending invitations and requests:");
        var invitations = new Table("KIND", "INVITEE", "ROLE", "EXPIRES");
        pending.items().forEach(r -> invitations.row(r.kind().name().toLowerCase(), r.invitee(), UdataValues.memberRole(r.role()),
                r.expiresAt()));
        invitations.print(out);
        out.println("Audit trail:");
        var audit = uc.listAuditTrail().list(new ListAuditTrail(as(admin), organization.id(), PageRequest.first(100)));
        var trail = new Table("AT", "ACTOR", "EVENT", "WHAT");
        audit.items().forEach(e -> trail.row(e.at(), named(e.actor().value()), e.type(), named(e.description())));
        trail.print(out);
    }

    private User register(UseCases uc, String first, String last, String email) {
        var user = uc.registerUser().register(new RegisterUser(Actor.anonymous(),
                new UserProfile(first, last, new EmailAddress(email), null, null, null)));
        names.put(user.id().value(), user.firstName());
        return user;
    }

    private String named(String text) {
        var result = text;
        for (var entry : names.entrySet()) {
            result = result.replace(entry.getKey(), entry.getValue());
        }
        return result;
    }

    private SubjectRef declare(UseCases uc, User admin, Organization organization, String id) {
        var ref = SubjectRef.dataset(id);
        uc.registerSubject().register(new RegisterSubject(as(admin), new Subject(ref, organization.id())));
        return ref;
    }

    private MembershipRequestId invite(UseCases uc, User admin, Organization organization, Invitee invitee,
                                       MemberRole role, Set<SubjectRef> assignments) {
        return uc.inviteMember().invite(new InviteMember(as(admin), organization.id(), invitee, role, assignments,
                "Welcome aboard")).id();
    }

    private void say(String line) {
        out.println((++step) + ". " + line);
    }

    private static String name(User user) {
        return user.fullName() + " (" + user.slug() + ")";
    }

    private static Actor as(User user) {
        return Actor.user(user.id());
    }

    private Path freshDirectory(Path dataDir) {
        try {
            if (dataDir != null) {
                Files.createDirectories(dataDir);
                try (var entries = Files.list(dataDir)) {
                    if (entries.findAny().isPresent()) {
                        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                                "--data-dir: " + dataDir + " is not empty; quickstart needs a fresh directory");
                    }
                }
                return dataDir;
            }
            Files.createDirectories(Path.of("data"));
            return Files.createTempDirectory(Path.of("data"), "quickstart-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory", e);
        }
    }
}
