package io.memberkit.adapter.http.awx;

import io.memberkit.adapter.http.fake.FakeRemote;
import io.memberkit.adapter.http.fake.FakeRemote.Reply;
import io.memberkit.adapter.http.fake.ReferenceFixtures;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The real AWX payloads in {@code shared/reference/fixtures/awx} (see sources.md there), and lists built from them:
 * more users and organizations are the real objects with another id, name and date, and a list route answers as
 * AWX's does ({@code page}, {@code page_size}, {@code id} and {@code id__in} filters, {@code next} links, a 404
 * "Invalid page." past the end).
 */
final class AwxFixtures {
    private AwxFixtures() {
    }

    static String read(String file) {
        return ReferenceFixtures.read("awx", file);
    }

    /** {@code GET /api/v2/me/} of AWX 18's admin, as awxkit printed it: a list envelope with one user, id 1. */
    static String me() {
        return read("real-me-awx18-awxkit.json");
    }

    /** {@code GET /api/v2/users/} as the Tower 3.2 documentation and awx-go show it: one user, admin, id 1. */
    static String usersList() {
        return read("real-users-list-awx-go-mock.json");
    }

    /** {@code GET /api/v2/organizations/} from AWX 2.x: one organization, Default, id 1. */
    static String organizationsList() {
        return read("real-organizations-list-awx-go-mock.json");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstResult(String list) {
        var results = (List<Object>) ReferenceFixtures.parseObject(list).get("results");
        return new LinkedHashMap<>((Map<String, Object>) results.get(0));
    }

    /** The real organization Default ({@code GET /api/v2/organizations/1/}). */
    static Map<String, Object> defaultOrganization() {
        return firstResult(organizationsList());
    }

    /** The real user of the users list, with another id, user name, names, email and creation date. */
    static Map<String, Object> user(long id, String username, String first, String last, String created) {
        var user = firstResult(usersList());
        user.put("id", id);
        user.put("url", "/api/v2/users/" + id + "/");
        user.put("username", username);
        user.put("first_name", first);
        user.put("last_name", last);
        user.put("email", username + "@example.org");
        user.put("created", created);
        user.put("is_superuser", false);
        return user;
    }

    /** The real organization Default with another id, name and creation date. */
    static Map<String, Object> organization(long id, String name, String created) {
        var organization = defaultOrganization();
        organization.put("id", id);
        organization.put("url", "/api/v2/organizations/" + id + "/");
        organization.put("name", name);
        organization.put("created", created);
        organization.put("modified", created);
        return organization;
    }

    static Reply ok(Map<String, Object> object) {
        return Reply.ok(ReferenceFixtures.write(object));
    }

    /** An envelope around {@code items}, with no next page. */
    static String envelope(List<Map<String, Object>> items) {
        var page = new LinkedHashMap<String, Object>();
        page.put("count", items.size());
        page.put("next", null);
        page.put("previous", null);
        page.put("results", items);
        return ReferenceFixtures.write(page);
    }

    /**
     * A list route over {@code items}, answered as AWX answers: sorted by id, filtered by {@code id} and
     * {@code id__in}, paged by {@code page} and {@code page_size} (AWX's default 25), {@code next} being the
     * server-relative link AWX writes ({@code /api/v2/...?page=2&...}), and a page past the end a 404.
     */
    static Function<FakeRemote.Recorded, Reply> list(String apiPath, List<Map<String, Object>> items) {
        return request -> {
            var ids = request.queryValue("id__in") == null ? null : Set.of(request.queryValue("id__in").split(","));
            var kept = items.stream()
                    .filter(i -> request.queryValue("id") == null || String.valueOf(i.get("id"))
                            .equals(request.queryValue("id")))
                    .filter(i -> ids == null || ids.contains(String.valueOf(i.get("id"))))
                    .sorted(Comparator.comparingLong(i -> ((Number) i.get("id")).longValue()))
                    .toList();
            int size = request.queryValue("page_size") == null ? 25 : Integer.parseInt(request.queryValue("page_size"));
            int number = request.queryValue("page") == null ? 1 : Integer.parseInt(request.queryValue("page"));
            int pages = Math.max(1, (kept.size() + size - 1) / size);
            if (number > pages) {
                return Reply.json(404, "{\"detail\": \"Invalid page.\"}");
            }
            var from = (number - 1) * size;
            var page = new LinkedHashMap<String, Object>();
            page.put("count", kept.size());
            page.put("next", number < pages ? link(apiPath, request, number + 1) : null);
            page.put("previous", number > 1 ? link(apiPath, request, number - 1) : null);
            page.put("results", new ArrayList<>(kept.subList(from, Math.min(from + size, kept.size()))));
            return Reply.ok(ReferenceFixtures.write(page));
        };
    }

    private static String link(String apiPath, FakeRemote.Recorded request, int page) {
        var query = new TreeMap<String, String>();
        request.query().forEach((name, values) -> query.put(name, values.get(0)));
        query.put("page", String.valueOf(page));
        return apiPath + "?" + query.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
    }
}
