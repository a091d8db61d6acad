package io.memberkit.adapter.http.isogeo;

import io.memberkit.adapter.http.common.JsonCodec;
import io.memberkit.adapter.http.common.ProviderErrors;
import io.memberkit.adapter.http.common.RemoteCall;
import io.memberkit.adapter.http.common.RestClient;
import io.memberkit.adapter.http.isogeo.mapping.IsogeoValues;
import io.memberkit.adapter.http.isogeo.wire.IsogeoAccount;
import io.memberkit.adapter.http.isogeo.wire.IsogeoError;
import io.memberkit.adapter.http.isogeo.wire.IsogeoMembership;
import io.memberkit.application.port.out.BackendFailure;
import io.memberkit.domain.common.UserId;
import io.micronaut.core.type.Argument;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The two reads Isogeo's API offers about accounts: {@code GET /account} (the token's owner) and
 * {@code GET /account/memberships} (the owner's workgroups, each with the owner's role). Each call reads afresh;
 * only who the owner is, is learnt once. Shared by the repositories of one {@link IsogeoAdapter}.
 */
public final class IsogeoClient implements AutoCloseable {
    private static final Argument<IsogeoAccount> ACCOUNT = Argument.of(IsogeoAccount.class);
    private static final Argument<List<IsogeoMembership>> MEMBERSHIPS = Argument.listOf(IsogeoMembership.class);
    private static final Argument<IsogeoError> ERROR = Argument.of(IsogeoError.class);

    private final RestClient rest;
    private final boolean signedIn;
    private final AtomicReference<UserId> owner = new AtomicReference<>();

    IsogeoClient(IsogeoConfiguration configuration) {
        var settings = configuration.toSettings();
        var json = JsonCodec.standard(IsogeoConfiguration.PROVIDER);
        this.rest = new RestClient(settings, json, new ProviderErrors(IsogeoConfiguration.PROVIDER,
                response -> json.decodeQuietly(response, ERROR).map(IsogeoClient::read)
                        .orElse(ProviderErrors.ErrorBody.NONE), configuration.secrets()));
        this.signedIn = settings.apiKey().isPresent();
    }

    private static ProviderErrors.ErrorBody read(IsogeoError error) {
        var message = Optional.ofNullable(error.errorDescription()).filter(d -> !d.isBlank())
                .map(d -> error.error() == null ? d : error.error() + ": " + d)
                .or(() -> Optional.ofNullable(error.error()))
                .or(() -> Optional.ofNullable(error.message()));
        return new ProviderErrors.ErrorBody(message, null);
    }

    /** {@code GET /account}, mapped; learns who the owner is. */
    public <D> D account(Function<? super IsogeoAccount, ? extends D> mapping) {
        return rest.read(RemoteCall.get("/account"), ACCOUNT, (IsogeoAccount account) -> {
            learn(account);
            return mapping.apply(account);
        });
    }

    /** {@code GET /account/memberships}, mapped as a whole (a payload that does not fit is a bad answer). */
    public <D> D memberships(Function<? super List<IsogeoMembership>, ? extends D> mapping) {
        return rest.read(RemoteCall.get("/account/memberships"), MEMBERSHIPS,
                (List<IsogeoMembership> list) -> mapping.apply(list.stream().filter(Objects::nonNull).toList()));
    }

    private void learn(IsogeoAccount account) {
        if (account.id() == null || account.id().isBlank()) {
            throw new IllegalArgumentException("the account has no _id");
        }
        owner.set(IsogeoValues.userId(account.id()));
    }

    /** The token's owner, asked once per adapter; empty without a token. */
    public Optional<UserId> owner() {
        if (!signedIn) {
            return Optional.empty();
        }
        var known = owner.get();
        return known != null ? Optional.of(known) : Optional.of(account(a -> IsogeoValues.userId(a.id())));
    }

    /** The owner, or {@code NotSupported(operation)} for anyone else: Isogeo shows a token nobody but its owner. */
    UserId requireOwner(UserId user, String operation) {
        if (!signedIn) {
            throw new BackendFailure.Unauthenticated("isogeo: no token is configured, and " + operation
                    + " needs one");
        }
        if (owner().filter(user::equals).isEmpty()) {
            throw new BackendFailure.NotSupported(operation, IsogeoConfiguration.PROVIDER);
        }
        return user;
    }

    @Override
    public void close() {
        rest.close();
    }

    @Override
    public String toString() {
        return "IsogeoClient[" + rest + "]";
    }
}
