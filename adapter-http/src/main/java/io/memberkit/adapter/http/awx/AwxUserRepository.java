package io.memberkit.adapter.http.awx;

import static io.memberkit.adapter.http.awx.AwxClient.API;

import io.memberkit.adapter.http.awx.mapping.AwxUserMapper;
import io.memberkit.adapter.http.awx.mapping.AwxValues;
import io.memberkit.adapter.http.awx.wire.AwxUser;
import io.memberkit.adapter.http.common.RemoteCall;
import io.memberkit.application.port.out.BackendFailure;
import io.memberkit.application.port.out.UserQuery;
import io.memberkit.application.port.out.UserRepository;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.Slug;
import io.memberkit.domain.common.SortOrder;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.user.User;
import io.micronaut.core.type.Argument;
import java.util.List;
import java.util.Optional;

/**
 * Users over AWX's {@code /api/v2/users/} and {@code /api/v2/me/}.
 * <ul>
 *   <li>{@code find} of the credentials' owner reads {@code /api/v2/me/} (with the last login); anyone else is
 *       {@code /api/v2/users/N/}, a 404 being empty. An id that is not AWX's ({@code awx:N}) is empty without a
 *       call.</li>
 *   <li>{@code findByEmail} filters {@code email__iexact}; {@code list} passes {@code search} and
 *       {@code order_by}; {@code suggest} asks for user names, first or last names starting with the prefix
 *       ({@code or__...__istartswith}).</li>
 *   <li>Creating, editing and deleting accounts needs AWX passwords and settings memberkit does not hold: they are
 *       {@code NotSupported}, and so is the slug check that only account creation uses.</li>
 * </ul>
 */
public final class AwxUserRepository implements UserRepository {
    private static final String PROVIDER = AwxConfiguration.PROVIDER;
    private static final AwxUserMapper MAPPER = AwxUserMapper.INSTANCE;
    private static final Argument<AwxUser> USER = Argument.of(AwxUser.class);
    private final AwxClient client;

    AwxUserRepository(AwxClient client) {
        this.client = client;
    }

    private static BackendFailure.NotSupported no(String operation) {
        return new BackendFailure.NotSupported(operation, PROVIDER);
    }

    @Override
    public Optional<User> find(UserId id) {
        var number = AwxValues.IDS.number(id);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        var me = client.meIf(id, MAPPER::toDomain);
        if (me.isPresent()) {
            return me;
        }
        return client.find(RemoteCall.get(API + "/users/{}/", number.get()), USER, MAPPER::toDomain);
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return client.page(() -> RemoteCall.get(API + "/users/").query("email__iexact", email.value()),
                AwxUser.class, PageRequest.first(2), MAPPER::toDomain).items().stream()
                .findFirst();
    }

    @Override
    public boolean slugExists(Slug slug) {
        throw no("user slugs (creating accounts)");
    }

    @Override
    public Page<User> list(UserQuery query, PageRequest page) {
        return client.page(() -> RemoteCall.get(API + "/users/").query("search", query.q())
                .query("order_by", orderBy(query.sort())), AwxUser.class, page, MAPPER::toDomain);
    }

    static String orderBy(SortOrder<UserQuery.UserSort> sort) {
        var field = switch (sort.field()) {
            case FIRST_NAME -> "first_name";
            case LAST_NAME -> "last_name";
            case CREATED -> "created";
        };
        return (sort.descending() ? "-" : "") + field + ",id";
    }

    @Override
    public List<User> suggest(String prefix, int size) {
        return client.page(() -> RemoteCall.get(API + "/users/").query("or__username__istartswith", prefix)
                        .query("or__first_name__istartswith", prefix).query("or__last_name__istartswith", prefix)
                        .query("order_by", "username").field("q"),
                AwxUser.class, PageRequest.first(size), MAPPER::toDomain).items();
    }

    @Override
    public User add(User user) {
        throw no("creating accounts");
    }

    @Override
    public void update(User user) {
        throw no("editing accounts");
    }

    @Override
    public void updateOwnProfile(User user) {
        throw no("editing one's profile");
    }

    @Override
    public void delete(User anonymised, DeletionOptions options) {
        throw no("deleting accounts");
    }

    @Override
    public void deleteOwnAccount(User anonymised) {
        throw no("deleting one's account");
    }

    @Override
    public void markEmailVerified(UserId user) {
        throw new BackendFailure.NotSupported("marking an email verified", PROVIDER);
    }

    /** A remote site has its administrators already: memberkit never promotes anyone there. */
    @Override
    public boolean anySiteAdmin() {
        return true;
    }
}
