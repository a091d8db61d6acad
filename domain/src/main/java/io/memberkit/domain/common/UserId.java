package io.memberkit.domain.common;

/** A user's id: opaque, since every provider has its own format. Part of the shared kernel: events and every area name users. */
public record UserId(String value) {
    public UserId {
        value = Require.nonBlank(value, "user");
    }

    @Override
    public String toString() {
        return value;
    }
}
