package io.memberkit.bootstrap.cli;

import io.memberkit.bootstrap.wiring.Memberkit;
import io.memberkit.domain.error.DomainException;
import io.memberkit.domain.error.InvalidInput;
import io.memberkit.domain.error.RuleBroken;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The executable's entry point: runs one command and exits with its code (see {@link ExitCodes}). */
public final class MemberkitCli {
    private MemberkitCli() {
    }

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs a command line, printing to {@code out} and {@code err}; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(System.getenv(), out, err, args);
    }

    /** Runs a command line with {@code environment} for the process's (MEMBERKIT_MODE, MEMBERKIT_API_KEY…). */
    static int run(Map<String, String> environment, PrintWriter out, PrintWriter err, String... args) {
        try (var top = new MemberkitCommand(null, environment)) {
            return run(top, out, err, args);
        }
    }

    /** Runs a command line over a memberkit the caller opened and keeps open (tests, embedding programs). */
    static int run(Memberkit memberkit, PrintWriter out, PrintWriter err, String... args) {
        try (var top = new MemberkitCommand(memberkit, Map.of())) {
            return run(top, out, err, args);
        }
    }

    private static int run(MemberkitCommand top, PrintWriter out, PrintWriter err, String... args) {
        var undecodable = undecodable(args);
        if (undecodable != null) {
            err.println("invalid input: " + undecodable + ": is not valid UTF-8 text");
            return ExitCodes.BAD_INPUT;
        }
        var commandLine = new CommandLine(top);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((failure, cmd, parsed) -> {
            if (failure instanceof ParameterException usage) {
                cmd.getErr().println(usage.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            cmd.getErr().println(describe(failure));
            return ExitCodes.of(failure);
        });
        commandLine.setParameterExceptionHandler((failure, arguments) -> {
            var cmd = failure.getCommandLine();
            cmd.getErr().println(failure.getMessage());
            cmd.getErr().println("See '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
            return ExitCodes.BAD_INPUT;
        });
        return commandLine.execute(args);
    }

    /** One line that says what was refused and why, naming the rule or the field. */
    /**
     * The option (or the argument's position) whose value the JVM could not decode: it turns bytes that are not
     * UTF-8 into U+FFFD, and storing that character would silently replace what the user typed.
     */
    private static String undecodable(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].indexOf('\uFFFD') >= 0) {
                boolean afterAnOption = i > 0 && args[i - 1].startsWith("-");
                return afterAnOption ? args[i - 1] : args[i].startsWith("-") ? args[i] : "argument " + (i + 1);
            }
        }
        return null;
    }

    static String describe(Throwable failure) {
        if (failure instanceof RuleBroken broken) {
            return "refused (" + broken.rule() + "): " + broken.getMessage();
        }
        if (failure instanceof InvalidInput invalid) {
            return "invalid input: " + String.join("; ", invalid.errors().entrySet().stream()
                    .map(e -> e.getKey() + ": " + String.join(", ", e.getValue())).toList());
        }
        if (failure instanceof DomainException refusal) {
            return refusal.kind().name().toLowerCase().replace('_', ' ') + ": " + refusal.getMessage();
        }
        if (ExitCodes.of(failure) == ExitCodes.INTERNAL) {
            return "internal error (" + failure.getClass().getSimpleName() + "): " + failure.getMessage();
        }
        return failure.getMessage();
    }
}
