package io.memberkit.bootstrap.mirror;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A {@link MirrorChild} in its own JVM, on the tests' class path, with the API key in its environment only. */
final class ChildJvm {
    private final Process process;
    private final BufferedReader out;
    private final List<String> lines = new ArrayList<>();

    private ChildJvm(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static ChildJvm start(String apiKey, List<String> jvmOptions, String... args) throws IOException {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(MirrorChild.class.getName());
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("MEMBERKIT_API_KEY", apiKey);
        return new ChildJvm(builder.start());
    }

    /** Reads the child's lines until one satisfies {@code wanted}; false if it ended first. */
    boolean readUntil(Predicate<String> wanted) throws IOException {
        String line;
        while ((line = out.readLine()) != null) {
            lines.add(line);
            if (wanted.test(line)) {
                return true;
            }
        }
        return false;
    }

    /** SIGKILL on Linux: no shutdown hook, no finally, no commit. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    int waitFor() throws InterruptedException, IOException {
        readUntil(line -> false);
        return process.waitFor();
    }

    List<String> lines() {
        return lines;
    }

    /** The number after {@code prefix} on a line such as {@code done 12 201}. */
    static long number(String line) {
        return Long.parseLong(line.split(" ")[1]);
    }
}
