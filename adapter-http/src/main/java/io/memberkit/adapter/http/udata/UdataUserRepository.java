package io.memberkit.adapter.http.udata;

import io.memberkit.application.port.out.BackendFailure;
import io.memberkit.adapter.http.common.RemoteCall;
import io.memberkit.adapter.http.udata.mapping.UdataUserMapper;
import io.memberkit.adapter.http.udata.wire.UdataUser;
import io.memberkit.adapter.http.udata.wire.UdataUserSuggestion;
import io.memberkit.application.port.out.UserQuery;
import io.memberkit.application.port.out.UserRepository;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.Slug;
import io.memberkit.domain.common.SortOrder;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.Forbidden;
import io.memberkit.domain.error.Gone;
import io.memberkit.domain.error.NotFound;
import io.memberkit.domain.user.User;
import io.micronaut.core.type.Argument;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Accounts over uData's {@code /users/} and {@code /me/}.
 * <ul>
 *   <li>{@code find} of the API key's owner reads {@code GET /me/}, which carries the full email and the site
 *       roles; anyone else is {@code GET /users/{id}/}. A deleted or inactive account answers 410: uData sends no
 *       payload then, so {@code find} throws {@code Gone} instead of returning the account.</li>
 *   <li>{@code findByEmail} searches {@code GET /users/?q=<email>} and keeps the exact match; the list is for site
 *       admins only, so for anyone else the answer is "not known" (empty) and uData matches the email itself.</li>
 *   <li>{@code suggest}: uData's suggestions carry no registration date, so each suggested account (20 at most) is
 *       then read in full.</li>
 * </ul>
 */
public final class UdataUserRepository implements UserRepository {
    private static final UdataUserMapper MAPPER = UdataUserMapper.INSTANCE;
    private final UdataClient client;

    UdataUserRepository(UdataClient client) {
        this.client = client;
    }

    @Override
    public Optional<User> find(UserId id) {
        var me = client.meIf(id, MAPPER::toDomain);
        if (me.isPresent()) {
            return me;
        }
        return client.find(RemoteCall.get("/users/{}/", id.value()), Argument.of(UdataUser.class), MAPPER::toDomain);
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        try {
            var call = RemoteCall.get("/users/").query("q", email.value()).query("page_size", 20);
            var page = client.page(call, UdataUser.class, PageRequest.first(20), (UdataUser u) -> u);
            return page.items().stream()
                    .filter(u -> u.email() != null && u.email().strip().toLowerCase(Locale.ROOT)
                            .equals(email.value().toLowerCase(Locale.ROOT)))
                    .findFirst().map(MAPPER::toDomain);
        } catch (Forbidden notAdmin) {
            // only site admins may search accounts: "not known here" lets uData match the email itself
            return Optional.empty();
        }
    }

    @Override
    public boolean anySiteAdmin() {
        // a remote site has its administrators already: memberkit never promotes anyone there
        return true;
    }

    @Override
    public boolean slugExists(Slug slug) {
        try {
            client.execute(RemoteCall.get("/users/{}/", slug.value()).header("X-Fields", "id"));
            return true;
        } catch (NotFound absent) {
            return false;
        } catch (Gone deletedOrInactive) {
            return true;
        }
    }

    @Override
    public Page<User> list(UserQuery query, PageRequest page) {
        return client.page(listCall(query), UdataUser.class, page, MAPPER::toDomain);
    }

    /** Every account matching {@code query}, lazily, one page held at a time: for syncs. */
    public Stream<User> stream(UserQuery query, int pageSize) {
        return client.walk(link -> link.map(q -> RemoteCall.get("/users/").queryOf(q))
                        .orElseGet(() -> listCall(query).query("page", 1).query("page_size", pageSize)),
                UdataUser.class, MAPPER::toDomain);
    }

    private static RemoteCall listCall(UserQuery query) {
        return RemoteCall.get("/users/").query("q", query.q()).query("sort", sort(query.sort()));
    }

    static String sort(SortOrder<UserQuery.UserSort> sort) {
        return (sort.descending() ? "-" : "") + sort.field().name().toLowerCase(Locale.ROOT);
    }

    @Override
    public List<User> suggest(String prefix, int size) {
        var suggestions = client.read(RemoteCall.get("/users/suggest/").query("q", prefix).query("size", size)
                .field("q"), Argument.listOf(UdataUserSuggestion.class));
        return suggestions.stream().filter(s -> s.id() != null).limit(size)
                .flatMap(s -> findQuietly(new UserId(s.id())).stream())
                .toList();
    }

    private Optional<User> findQuietly(UserId id) {
        try {
            return find(id);
        } catch (Gone gone) {
            return Optional.empty();
        }
    }

    @Override
    public User add(User user) {
        return client.read(RemoteCall.post("/users/").body(MAPPER.toWrite(user)), Argument.of(UdataUser.class),
                MAPPER::toDomain);
    }

    @Override
    public void update(User user) {
        client.execute(RemoteCall.put("/users/{}/", user.id().value()).body(MAPPER.toWrite(user)));
    }

    @Override
    public void updateOwnProfile(User user) {
        client.execute(RemoteCall.put("/me/").body(MAPPER.toProfileWrite(user)));
    }

    /**
     * {@code DELETE /users/{id}/}: {@code no_mail=true} and {@code delete_comments=true} are sent only when set, so
     * uData's defaults (mail sent, comments kept) hold otherwise, whatever its boolean parser makes of "false".
     */
    @Override
    public void delete(User anonymised, DeletionOptions options) {
        client.execute(RemoteCall.delete("/users/{}/", anonymised.id().value())
                .query("no_mail", options.sendMail() ? null : "true")
                .query("delete_comments", options.deleteComments() ? "true" : null));
    }

    @Override
    public void deleteOwnAccount(User anonymised) {
        client.execute(RemoteCall.delete("/me/"));
    }

    /** uData confirms addresses itself, by email: memberkit cannot vouch for one there. */
    @Override
    public void markEmailVerified(UserId user) {
        throw new BackendFailure.NotSupported("marking an email verified", UdataConfiguration.PROVIDER);
    }
}
