package io.memberkit.bootstrap.cli;

import io.memberkit.bootstrap.wiring.Memberkit;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top of the command line: global options, and one subcommand per area. */
@Command(name = "memberkit", mixinStandardHelpOptions = true, version = "memberkit 0.1.0",
        description = "Users, organizations, members, invitations and assignments, offline or against a remote API.",
        subcommands = {QuickstartCommand.class, MeCommand.class, UsersCommand.class, OrgsCommand.class,
                MembersCommand.class, InvitationsCommand.class, RequestsCommand.class, AssignmentsCommand.class,
                SubjectsCommand.class, PermissionsCommand.class, AuditCommand.class, ApiKeyCommand.class,
                ServeCommand.class, SyncCommand.class, PushCommand.class, StatusCommand.class})
public final class MemberkitCommand implements Runnable, AutoCloseable {
    @Mixin
    GlobalOptions global = new GlobalOptions();

    @Spec
    CommandSpec spec;

    private final Memberkit given;
    private final Map<String, String> environment;
    private Session session;

    public MemberkitCommand() {
        this(null, System.getenv());
    }

    /**
     * Commands over a memberkit opened by the caller, which stays open (the global database and remote options do
     * not apply), or, without one, over what the options and {@code environment} (the process's, or a test's) name.
     */
    MemberkitCommand(Memberkit given, Map<String, String> environment) {
        this.given = given;
        this.environment = Map.copyOf(environment);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The session of this run, opened on first use from the global options. */
    Session session() {
        if (session == null) {
            session = new Session(global, given, environment);
        }
        return session;
    }

    @Override
    public void close() {
        if (session != null) {
            session.close();
        }
    }
}
