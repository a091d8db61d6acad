package io.memberkit.adapter.http.fake;

import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The real payloads in {@code shared/reference/fixtures/<provider>} (each folder's sources.md says where each one
 * comes from), found by walking up from the working directory, so the tests run from the module, the worktree or a
 * CI clone with shared/ beside it.
 */
public final class ReferenceFixtures {
    private ReferenceFixtures() {
    }

    public static Path directory(String provider) {
        for (var dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            var candidate = dir.resolve("shared/reference/fixtures/" + provider);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/reference/fixtures/" + provider + " not found above "
                + Path.of("").toAbsolutePath());
    }

    public static String read(String provider, String file) {
        try {
            return Files.readString(directory(provider).resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON text as maps, lists and scalars. */
    public static Object parse(String json) {
        try {
            return ObjectMapper.getDefault().readValue(json, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> parseObject(String json) {
        return (Map<String, Object>) parse(json);
    }

    public static String write(Object value) {
        try {
            return ObjectMapper.getDefault().writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
