package io.memberkit.bootstrap.cli;

import io.memberkit.domain.error.InvalidInput;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A subcommand written as its own class under an area ({@code members plan}, {@code orgs domains}…): it works
 * through its area's use cases, actor and output, as the area's own methods do.
 */
@picocli.CommandLine.Command
abstract class AreaSubcommand implements Callable<Integer> {
    @ParentCommand
    AreaCommand area;

    @Spec
    CommandSpec spec;

    ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** A file's text; one that cannot be read is bad input on {@code option}. */
    static String read(Path file, String option) {
        try {
            return Files.readString(file);
        } catch (CharacterCodingException e) {
            // the JDK's own message ("Input length = 1") says nothing to a user
            throw InvalidInput.of(option, file + " is not valid UTF-8 text");
        } catch (IOException e) {
            throw InvalidInput.of(option, "cannot read " + file + ": " + e.getMessage());
        }
    }
}
