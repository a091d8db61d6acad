package io.memberkit.bootstrap.cli;

import io.memberkit.bootstrap.server.LocalServer;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code memberkit serve}: the uData API v1 subset over the local database, until stopped (Ctrl-C). Callers
 * authenticate with {@code X-API-KEY}: a token from {@code memberkit apikey create --as <user>}.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the uData API v1 subset over the local database, under /api/1 (X-API-KEY keys from "
                + "'memberkit apikey create').")
final class ServeCommand extends AreaCommand {
    @Option(names = "--port", defaultValue = "7000", description = "the port to listen on (default 7000; 0: any free)")
    int port;

    @Override
    public void run() {
        if (port < 0 || port > 65_535) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--port': " + port + " is not between 0 and 65535");
        }
        var stopped = new CountDownLatch(1);
        try (var server = LocalServer.start(uc(), port)) {
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "memberkit-serve-stop"));
            var out = spec.commandLine().getOut();
            out.println("memberkit serves the uData API v1 on " + server.url() + " (Ctrl-C to stop)");
            out.flush();
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
