package io.memberkit.bootstrap.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top of the command line: global options, and one subcommand per area. */
@Command(name = "memberkit", mixinStandardHelpOptions = true, version = "memberkit 0.1.0",
        description = "Users, organizations, members, invitations and assignments, offline or against a remote API.",
        subcommands = {QuickstartCommand.class})
public final class MemberkitCommand implements Runnable {
    @Mixin
    GlobalOptions global = new GlobalOptions();

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
