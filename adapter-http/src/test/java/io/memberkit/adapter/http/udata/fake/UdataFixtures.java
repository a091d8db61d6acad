package io.memberkit.adapter.http.udata.fake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real uData payloads in {@code shared/reference/fixtures/udata} (see sources.md there), found by walking up
 * from the working directory, so the tests run from the module, the worktree, or a CI clone with shared/ beside it.
 * Payloads no public source had (a user, /me/, lists) are written here in the shapes the reference documents give.
 */
public final class UdataFixtures {
    public static final String SIG_ID = "54126af3a3a7292a9bbf14d6";
    public static final String DINUM_ID = "646b7187b50b2a93b1ae3d45";

    private UdataFixtures() {
    }

    public static Path directory() {
        for (var dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            var candidate = dir.resolve("shared/reference/fixtures/udata");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/reference/fixtures/udata not found above " + Path.of("").toAbsolutePath());
    }

    public static String read(String file) {
        try {
            return Files.readString(directory().resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** GET /organizations/54126af3a3a7292a9bbf14d6/ as udata's generate-fixtures captured it (5 members). */
    public static String sig() {
        return read("real-organization-SIG-from-udata-fixtures.json");
    }

    /** GET /organizations/646b7187b50b2a93b1ae3d45/ from production (2 members shown, emails masked). */
    public static String dinum() {
        return read("real-organization-datagouvfr-dinum.json");
    }

    /** A user as GET /users/{id}/ shows it to a site admin (full email, roles, last login). */
    public static String user(String id, String first, String last, String email, String roles, boolean active) {
        return """
                {"about": "Cartographe.", "active": %s, "avatar": null, "avatar_thumbnail": null,
                 "email": %s, "first_name": "%s", "id": "%s", "last_login_at": "2025-08-06T13:46:55.423000",
                 "last_name": "%s", "metrics": {"datasets": 3, "followers": 1},
                 "organizations": [{"class": "Organization", "id": "%s", "name": "Service d'Information du Gouvernement",
                                    "slug": "service-d-information-du-gouvernement", "acronym": "SIG",
                                    "badges": [{"kind": "certified"}], "logo": null, "logo_thumbnail": null,
                                    "page": "https://www.data.gouv.fr/organizations/sig/", "uri": "https://www.data.gouv.fr/api/1/organizations/sig/"}],
                 "page": "https://www.data.gouv.fr/users/%s/", "roles": %s, "since": "2019-02-09T11:22:38.123000+00:00",
                 "slug": "%s", "uri": "https://www.data.gouv.fr/api/1/users/%s/", "website": "https://example.org/%s",
                 "password_rotation_demanded": null, "password_rotation_performed": null}
                """.formatted(active, email == null ? "null" : "\"" + email + "\"", first, id, last, SIG_ID,
                slugOf(first, last), roles, slugOf(first, last), id, id);
    }

    public static String slugOf(String first, String last) {
        return java.text.Normalizer.normalize((first + "-" + last).toLowerCase(java.util.Locale.ROOT),
                java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "-");
    }

    /** SIG with its first member (Michael NATHAN) made a partial editor. */
    public static String sigWithPartialEditor() {
        return sig().replaceFirst("\"role\": \"editor\"", "\"role\": \"partial_editor\"");
    }

    /** An assignment as GET /organizations/{org}/assignments/ lists it (uData's generated Assignment fields). */
    public static String assignment(String id, String user, String subjectClass, String subject, String created) {
        return """
                {"id": "%s", "user": {"class": "User", "id": "%s", "first_name": "Michael", "last_name": "NATHAN",
                 "slug": "michael-nathan", "avatar": null, "page": "p", "uri": "u"},
                 "organization": {"class": "Organization", "id": "%s", "name": "Service d'Information du Gouvernement",
                 "slug": "service-d-information-du-gouvernement"},
                 "subject": {"class": "%s", "id": "%s", "title": "Un objet", "page": "p", "uri": "u"},
                 "created_at": "%s"}""".formatted(id, user, SIG_ID, subjectClass, subject, created);
    }

    /** The page envelope around already-serialized items. */
    public static String page(String data, int page, int pageSize, long total, String nextPage) {
        return """
                {"data": [%s], "next_page": %s, "page": %d, "page_size": %d, "previous_page": null, "total": %d}
                """.formatted(data, nextPage == null ? "null" : "\"" + nextPage + "\"", page, pageSize, total);
    }
}
