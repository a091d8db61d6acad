package io.memberkit.bootstrap.cli;

import io.memberkit.adapter.http.udata.UdataConfiguration;
import io.memberkit.domain.error.InvalidInput;
import io.micronaut.context.ApplicationContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the command line works: the local database (offline, the default) or a remote API (online). Each setting
 * is its flag, else its environment variable, else its key in application.yml (Micronaut's locations: the class
 * path and {@code ./config/application.yml}):
 * <ul>
 *   <li>{@code --mode} / {@code MEMBERKIT_MODE} / {@code memberkit.mode}: {@code local} or {@code remote};
 *       {@code --remote <base-url>} is {@code --mode remote --base-url <base-url>};</li>
 *   <li>{@code --base-url} / {@code MEMBERKIT_BASE_URL} / {@code memberkit.base-url}: default data.gouv.fr's;</li>
 *   <li>{@code --provider} / {@code MEMBERKIT_PROVIDER} / {@code memberkit.provider}: default {@code udata}.</li>
 * </ul>
 * The API key is {@code MEMBERKIT_API_KEY}, from the environment only. Online, the key's owner acts, so
 * {@code --as} is refused. A bad setting is bad input (exit 2) naming the flag.
 *
 * @param apiKey the key, or null (anonymous: reads only)
 */
record Connection(boolean online, String provider, URI baseUrl, String apiKey) {
    static final String MODE = "MEMBERKIT_MODE";
    static final String BASE_URL = "MEMBERKIT_BASE_URL";
    static final String PROVIDER = "MEMBERKIT_PROVIDER";
    static final Connection LOCAL = new Connection(false, null, null, null);

    @Override
    public String toString() {
        return online ? "Connection[" + provider + " at " + baseUrl + ", apiKey=" + (apiKey == null ? "none"
                : "[redacted]") + "]" : "Connection[local]";
    }

    /** The connection the flags, the environment and application.yml ({@code configuration}) ask for. */
    static Connection resolve(GlobalOptions options, Map<String, String> environment,
                              Function<String, Optional<String>> configuration) {
        Function<String, Optional<String>> setting = name -> Optional.ofNullable(environment.get(name))
                .filter(v -> !v.isBlank())
                .or(() -> configuration.apply("memberkit." + name.substring("MEMBERKIT_".length())
                        .toLowerCase(Locale.ROOT).replace('_', '-')));
        boolean online;
        if (options.remote != null) {
            online = true;
        } else {
            var mode = Optional.ofNullable(options.mode).or(() -> setting.apply(MODE)).orElse("local").strip();
            online = switch (mode.toLowerCase(Locale.ROOT)) {
                case "local" -> false;
                case "remote" -> true;
                default -> throw InvalidInput.of(options.mode != null ? "--mode" : MODE,
                        "'" + mode + "' is neither local nor remote");
            };
        }
        if (!online) {
            return LOCAL;
        }
        if (options.as != null) {
            throw InvalidInput.of("--as", "online, the API key's owner acts (MEMBERKIT_API_KEY); --as names who "
                    + "acts on the local database only");
        }
        var provider = Optional.ofNullable(options.provider).or(() -> setting.apply(PROVIDER))
                .orElse(UdataConfiguration.PROVIDER).strip();
        if (!provider.equals(UdataConfiguration.PROVIDER)) {
            throw InvalidInput.of(options.provider != null ? "--provider" : PROVIDER,
                    "'" + provider + "' is not a provider memberkit knows (known: " + UdataConfiguration.PROVIDER
                            + ")");
        }
        var flag = options.remote != null ? "--remote" : options.baseUrl != null ? "--base-url" : BASE_URL;
        var url = Optional.ofNullable(options.remote).or(() -> Optional.ofNullable(options.baseUrl))
                .or(() -> setting.apply(BASE_URL)).map(u -> baseUrl(u, flag))
                .orElse(UdataConfiguration.DEFAULT_BASE_URL);
        var key = environment.get(UdataConfiguration.API_KEY_VARIABLE);
        return new Connection(true, provider, url, key == null || key.isBlank() ? null : key.strip());
    }

    /** An absolute http(s) URL, such as {@code https://demo.data.gouv.fr/api/1}. */
    private static URI baseUrl(String value, String flag) {
        try {
            var url = new URI(value.strip());
            if (url.getHost() == null || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
                throw InvalidInput.of(flag, "'" + value + "' is not an http(s) URL such as "
                        + "https://demo.data.gouv.fr/api/1");
            }
            return url;
        } catch (URISyntaxException e) {
            throw InvalidInput.of(flag, "'" + value + "' is not a URL: " + e.getReason());
        }
    }

    /**
     * application.yml's settings, as Micronaut reads them (class path, then {@code ./config/}); environment variables
     * are left to {@link #resolve}, which reads the environment it is given. Read once, on first use.
     */
    static Function<String, Optional<String>> applicationYml() {
        var settings = new HashMap<String, Optional<String>>();
        return name -> {
            if (settings.isEmpty()) {
                var environment = ApplicationContext.builder().deduceEnvironment(false).banner(false)
                        .environmentPropertySource(false).build().getEnvironment().start();
                try {
                    for (var key : List.of("memberkit.mode", "memberkit.base-url", "memberkit.provider")) {
                        settings.put(key, environment.getProperty(key, String.class).filter(v -> !v.isBlank()));
                    }
                } finally {
                    environment.stop();
                }
            }
            return settings.getOrDefault(name, Optional.empty());
        };
    }
}
