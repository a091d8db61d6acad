package io.memberkit.domain.user;

import io.memberkit.domain.common.Require;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.Gone;
import java.time.Instant;

/**
 * An API key as its owner lists it: who it acts for, a name, the first characters of its token, when it was
 * created and revoked. Neither the token nor its hash is part of it, so nothing that shows a key can show its secret.
 */
public record ApiKey(ApiKeyId id, UserId owner, String name, String prefix, Instant created, Instant revoked) {
    public ApiKey {
        Require.present(id, "id");
        Require.present(owner, "owner");
        name = Require.line(name, "name");
        prefix = Require.nonBlank(prefix, "prefix");
        Require.present(created, "created");
    }

    public boolean isRevoked() {
        return revoked != null;
    }

    /** Revoked now; revoking twice is refused with {@link Gone}, as uData's 410. */
    public ApiKey revokedAt(Instant at) {
        if (isRevoked()) {
            throw new Gone("API key already revoked");
        }
        return new ApiKey(id, owner, name, prefix, created, Require.present(at, "at"));
    }
}
