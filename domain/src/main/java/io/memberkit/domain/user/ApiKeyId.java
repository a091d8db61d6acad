package io.memberkit.domain.user;

import io.memberkit.domain.common.Require;

/** An API key's id: what its owner names it by to revoke it. Never the secret. */
public record ApiKeyId(String value) {
    public ApiKeyId {
        value = Require.nonBlank(value, "id");
    }

    @Override
    public String toString() {
        return value;
    }
}
