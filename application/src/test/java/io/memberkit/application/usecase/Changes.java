package io.memberkit.application.usecase;

import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.user.ProfileChanges;
import java.util.Optional;

/** Profile changes that touch one thing; the rest stays as it is. */
final class Changes {
    private Changes() {
    }

    static ProfileChanges names(String first, String last) {
        return new ProfileChanges(Optional.of(first), Optional.of(last), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    static ProfileChanges firstName(String first) {
        return new ProfileChanges(Optional.of(first), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    static ProfileChanges lastName(String last) {
        return new ProfileChanges(Optional.empty(), Optional.of(last), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** Parsed as the HTTP adapter would, so a bad address names the field {@code email}. */
    static ProfileChanges email(String address) {
        return new ProfileChanges(Optional.empty(), Optional.empty(), Optional.of(EmailAddress.parse(address, "email")),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    static ProfileChanges website(String url) {
        return new ProfileChanges(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(url), Optional.empty());
    }
}
