package io.memberkit.bootstrap.cli;

import io.memberkit.bootstrap.wiring.MirrorUseCases;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command of the offline mirror ({@code sync}, {@code push}, {@code status}): it works on the local database's
 * mirror, with the remote the global options name ({@code --remote}) as the one mirrored and pushed to.
 */
@Command
abstract class MirrorCommand implements Callable<Integer> {
    @ParentCommand
    MemberkitCommand root;

    @Spec
    CommandSpec spec;

    MirrorUseCases mirror() {
        return root.session().mirror();
    }

    Output out() {
        return new Output(root.global.output, spec.commandLine().getOut());
    }
}
