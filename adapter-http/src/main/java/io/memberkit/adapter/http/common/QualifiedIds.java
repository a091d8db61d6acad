package io.memberkit.adapter.http.common;

import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * Provider-qualified ids: the remote's own id behind the provider's name and a colon, {@code awx:12},
 * {@code isogeo:89ee0eb3a15046a28886033b27f1d882}. Users and organizations synced from several providers into one
 * local database never collide (AWX numbers users and organizations from 1 on every instance; Isogeo and uData use
 * hex ids). uData's ids stay as they are, without a prefix: they are already in local databases, on the command line
 * and in the uData-compatible server's URLs, and a 24-hex ObjectId never contains a colon, so it cannot collide with
 * a qualified id either.
 * <p>
 * An id of another provider, or of no provider, is simply not one of this provider's: the repositories answer
 * "absent" for it without a call.
 */
public record QualifiedIds(String provider) {
    public QualifiedIds {
        Objects.requireNonNull(provider, "provider");
        if (!provider.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("a provider name is lower-case letters, digits and dashes");
        }
    }

    /** "awx" and 12 become "awx:12". */
    public String qualify(Object local) {
        var text = Objects.requireNonNull(local, "local id").toString().strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a remote id is not blank");
        }
        return provider + ":" + text;
    }

    public UserId user(Object local) {
        return new UserId(qualify(local));
    }

    public OrganizationId organization(Object local) {
        return new OrganizationId(qualify(local));
    }

    /** The remote's id inside {@code qualified}, or empty when it is not one of this provider's ids. */
    public Optional<String> local(String qualified) {
        var prefix = provider + ":";
        if (qualified == null || !qualified.startsWith(prefix) || qualified.length() == prefix.length()) {
            return Optional.empty();
        }
        return Optional.of(qualified.substring(prefix.length()));
    }

    public Optional<String> local(UserId id) {
        return local(id.value());
    }

    public Optional<String> local(OrganizationId id) {
        return local(id.value());
    }

    /** The remote's numeric id (AWX's), or empty when {@code qualified} is not this provider's or not a number. */
    public Optional<Long> number(String qualified) {
        return local(qualified).filter(s -> s.matches("[0-9]{1,18}")).map(Long::valueOf).filter(n -> n > 0);
    }

    public Optional<Long> number(UserId id) {
        return number(id.value());
    }

    public Optional<Long> number(OrganizationId id) {
        return number(id.value());
    }
}
