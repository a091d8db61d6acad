package io.memberkit.adapter.http.isogeo;

import io.memberkit.adapter.http.isogeo.mapping.IsogeoUserMapper;
import io.memberkit.adapter.http.isogeo.mapping.IsogeoValues;
import io.memberkit.application.port.out.BackendFailure;
import io.memberkit.application.port.out.UserQuery;
import io.memberkit.application.port.out.UserRepository;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.Slug;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.user.User;
import java.util.List;
import java.util.Optional;

/**
 * Accounts over Isogeo, which shows a token one account only: its owner's, {@code GET /account}. So {@code find}
 * answers for the owner; for another Isogeo id it is {@code NotSupported} (Isogeo cannot say whether that account
 * exists), and for an id that is not Isogeo's ({@code isogeo:...}) it is empty, without a call. Every write, and
 * every list or search over accounts, is {@code NotSupported}.
 */
public final class IsogeoUserRepository implements UserRepository {
    private static final String PROVIDER = IsogeoConfiguration.PROVIDER;
    private final IsogeoClient client;

    IsogeoUserRepository(IsogeoClient client) {
        this.client = client;
    }

    private static BackendFailure.NotSupported no(String operation) {
        return new BackendFailure.NotSupported(operation, PROVIDER);
    }

    @Override
    public Optional<User> find(UserId id) {
        if (IsogeoValues.IDS.local(id).isEmpty()) {
            return Optional.empty();
        }
        client.requireOwner(id, "reading another user's account");
        return Optional.of(client.account(IsogeoUserMapper.INSTANCE::toDomain));
    }

    /** The owner's own address finds the owner; any other address is a question Isogeo cannot answer. */
    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        var me = client.account(IsogeoUserMapper.INSTANCE::toDomain);
        if (me.email() != null && me.email().value().equalsIgnoreCase(email.value())) {
            return Optional.of(me);
        }
        throw no("finding a user by email");
    }

    @Override
    public boolean slugExists(Slug slug) {
        throw no("user slugs (creating accounts)");
    }

    @Override
    public Page<User> list(UserQuery query, PageRequest page) {
        throw no("listing users");
    }

    @Override
    public List<User> suggest(String prefix, int size) {
        throw no("suggesting users");
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
