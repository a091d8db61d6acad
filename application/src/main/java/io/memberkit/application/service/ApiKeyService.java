package io.memberkit.application.service;

import io.memberkit.application.port.in.apikey.AuthenticateApiKey;
import io.memberkit.application.port.in.apikey.AuthenticateApiKeyUseCase;
import io.memberkit.application.port.in.apikey.CreateApiKey;
import io.memberkit.application.port.in.apikey.CreateApiKeyUseCase;
import io.memberkit.application.port.in.apikey.CreatedApiKey;
import io.memberkit.application.port.in.apikey.ListApiKeys;
import io.memberkit.application.port.in.apikey.ListApiKeysUseCase;
import io.memberkit.application.port.in.apikey.RevokeApiKey;
import io.memberkit.application.port.in.apikey.RevokeApiKeyUseCase;
import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.error.Forbidden;
import io.memberkit.domain.error.NotFound;
import io.memberkit.domain.user.ApiKey;
import io.memberkit.domain.user.ApiKeyHash;
import io.memberkit.domain.user.ApiKeyId;
import io.memberkit.domain.user.ApiToken;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * API keys of the local server. A token is 32 random bytes behind a {@code mk_} marker; the store gets its SHA-256
 * only, so the token exists in the creation's answer and in its owner's hands, nowhere else. A plain SHA-256 (no
 * salt, no slow hash) is enough for 256 random bits and lets a key be found by its hash in one indexed read.
 */
public final class ApiKeyService implements CreateApiKeyUseCase, ListApiKeysUseCase, RevokeApiKeyUseCase,
        AuthenticateApiKeyUseCase {
    static final String TOKEN_MARKER = "mk_";
    private static final String INVALID = "Invalid API key";
    private final OutboundPorts ports;
    private final Facts facts;
    private final SecureRandom random = new SecureRandom();

    public ApiKeyService(OutboundPorts ports) {
        this.ports = ports;
        this.facts = new Facts(ports);
    }

    @Override
    public CreatedApiKey create(CreateApiKey command) {
        return ports.unitOfWork().write(() -> {
            var owner = facts.signedIn(command.actor());
            var token = newToken();
            var key = new ApiKey(new ApiKeyId(randomHex(12)), owner.id(), command.name(), token.prefix(), facts.now(),
                    null);
            ports.apiKeys().add(key, hash(token));
            return new CreatedApiKey(key, token);
        });
    }

    @Override
    public List<ApiKey> list(ListApiKeys query) {
        return ports.unitOfWork().read(() -> ports.apiKeys().of(facts.signedIn(query.actor()).id()));
    }

    @Override
    public ApiKey revoke(RevokeApiKey command) {
        return ports.unitOfWork().write(() -> {
            var actor = facts.signedIn(command.actor());
            // someone else's key is none of this user's business: not found, as uData answers for tokens
            var key = ports.apiKeys().find(command.key())
                    .filter(k -> k.owner().equals(actor.id()) || actor.isSiteAdmin())
                    .orElseThrow(() -> new NotFound("Unknown API key"));
            var revoked = key.revokedAt(facts.now());
            ports.apiKeys().revoke(revoked.id(), revoked.revoked());
            return revoked;
        });
    }

    @Override
    public Actor authenticate(AuthenticateApiKey query) {
        return ports.unitOfWork().read(() -> {
            var key = ports.apiKeys().findByHash(hash(query.token()))
                    .orElseThrow(() -> new Forbidden(INVALID));
            if (key.isRevoked()) {
                throw new Forbidden("Revoked API key");
            }
            var owner = ports.users().find(key.owner()).filter(u -> !u.isGone())
                    .orElseThrow(() -> new Forbidden("The API key's account is deleted or not active"));
            return Actor.user(owner.id());
        });
    }

    /** The SHA-256 of a token, as the store keeps it. */
    public static ApiKeyHash hash(ApiToken token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.value().getBytes(StandardCharsets.UTF_8));
            return new ApiKeyHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private ApiToken newToken() {
        var bytes = new byte[32];
        random.nextBytes(bytes);
        return new ApiToken(TOKEN_MARKER + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    private String randomHex(int bytes) {
        var value = new byte[bytes];
        random.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
