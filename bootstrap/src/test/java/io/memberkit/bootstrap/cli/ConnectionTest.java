package io.memberkit.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.memberkit.domain.error.InvalidInput;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Where the command line works: each setting is its flag, else the environment, else application.yml. */
class ConnectionTest {
    private static final Function<String, Optional<String>> NO_YML = name -> Optional.empty();

    private static GlobalOptions options() {
        return new GlobalOptions();
    }

    @Test
    void local_by_default() {
        assertThat(Connection.resolve(options(), Map.of(), NO_YML).online()).isFalse();
    }

    @Test
    void remote_is_mode_remote_with_that_base_url_and_the_key_from_the_environment() {
        var options = options();
        options.remote = "https://demo.data.gouv.fr/api/1";

        var connection = Connection.resolve(options, Map.of("MEMBERKIT_API_KEY", "secret-key"), NO_YML);

        assertThat(connection.online()).isTrue();
        assertThat(connection.provider()).isEqualTo("udata");
        assertThat(connection.baseUrl()).isEqualTo(URI.create("https://demo.data.gouv.fr/api/1"));
        assertThat(connection.apiKey()).isEqualTo("secret-key");
        assertThat(connection.toString()).doesNotContain("secret-key");
    }

    @Test
    void flags_win_over_the_environment_which_wins_over_application_yml() {
        Function<String, Optional<String>> yml = name -> Optional.ofNullable(Map.of("memberkit.mode", "remote",
                "memberkit.base-url", "https://yml.example.org/api/1").get(name));

        assertThat(Connection.resolve(options(), Map.of(), yml).baseUrl())
                .isEqualTo(URI.create("https://yml.example.org/api/1"));
        assertThat(Connection.resolve(options(), Map.of("MEMBERKIT_BASE_URL", "https://env.example.org/api/1"), yml)
                .baseUrl()).isEqualTo(URI.create("https://env.example.org/api/1"));
        var flagged = options();
        flagged.baseUrl = "https://flag.example.org/api/1";
        assertThat(Connection.resolve(flagged, Map.of("MEMBERKIT_BASE_URL", "https://env.example.org/api/1"), yml)
                .baseUrl()).isEqualTo(URI.create("https://flag.example.org/api/1"));
        var local = options();
        local.mode = "local";
        assertThat(Connection.resolve(local, Map.of("MEMBERKIT_MODE", "remote"), yml).online()).isFalse();
    }

    @Test
    void remote_without_a_base_url_is_data_gouv_fr() {
        var options = options();
        options.mode = "remote";

        assertThat(Connection.resolve(options, Map.of(), NO_YML).baseUrl())
                .isEqualTo(URI.create("https://www.data.gouv.fr/api/1"));
    }

    @Test
    void bad_settings_name_where_they_came_from() {
        var as = options();
        as.remote = "https://demo.data.gouv.fr/api/1";
        as.as = "u1";
        var provider = options();
        provider.remote = "https://demo.data.gouv.fr/api/1";
        provider.provider = "ckan";

        assertThat(field(as, Map.of())).isEqualTo("--as");
        assertThat(field(provider, Map.of())).isEqualTo("--provider");
        assertThat(field(options(), Map.of("MEMBERKIT_MODE", "online"))).isEqualTo("MEMBERKIT_MODE");
        assertThat(field(options(), Map.of("MEMBERKIT_MODE", "remote", "MEMBERKIT_BASE_URL", "ftp://x")))
                .isEqualTo("MEMBERKIT_BASE_URL");
    }

    private static String field(GlobalOptions options, Map<String, String> environment) {
        return catchThrowableOfType(() -> Connection.resolve(options, environment, NO_YML), InvalidInput.class)
                .field();
    }
}
