package io.memberkit.adapter.persistence.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The start-up fast path knows the latest schema version: a new script that forgets to bump it fails here. */
class SchemaVersionTest {
    private static final Pattern SCRIPT = Pattern.compile("V(\\d+)__.*\\.sql");

    @Test
    void the_latest_version_is_the_last_scripts() throws IOException {
        int last;
        try (var scripts = Files.list(Path.of("src/main/resources/db/memberkit"))) {
            last = scripts.map(p -> SCRIPT.matcher(p.getFileName().toString())).filter(java.util.regex.Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow();
        }

        assertThat(SchemaVersion.LATEST).isEqualTo(String.valueOf(last));
    }
}
