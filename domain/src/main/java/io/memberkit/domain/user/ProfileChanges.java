package io.memberkit.domain.user;

import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.PersonName;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.common.WebUrl;
import java.util.Optional;
import java.util.function.Function;

/**
 * A partial update of a profile: an empty Optional keeps the current value. {@code clearWebsite} and friends
 * are not needed: a blank website or about clears it, as uData's PUT does.
 */
public record ProfileChanges(Optional<String> firstName, Optional<String> lastName, Optional<EmailAddress> email,
                             Optional<String> about, Optional<String> website, Optional<String> avatar) {
    public ProfileChanges {
        firstName = Require.present(firstName, "first_name").map(v -> PersonName.require(v, "first_name"));
        lastName = Require.present(lastName, "last_name").map(v -> PersonName.require(v, "last_name"));
        Require.present(email, "email");
        about = Require.present(about, "about").map(v -> v.isBlank() ? "" : Require.text(v, "about"));
        website = Require.present(website, "website").map(v -> {
            var url = WebUrl.parseOptional(v, "website");
            return url == null ? "" : url.value();
        });
        avatar = Require.present(avatar, "avatar").map(v -> v.isBlank() ? "" : Require.text(v, "avatar"));
    }

    public static ProfileChanges none() {
        return new ProfileChanges(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** The profile after these changes. */
    public UserProfile applyTo(UserProfile current) {
        return new UserProfile(
                firstName.orElse(current.firstName()),
                lastName.orElse(current.lastName()),
                email.<io.memberkit.domain.common.Email>map(e -> e).orElse(current.email()),
                orCleared(about, current.about(), v -> v),
                orCleared(website, current.website(), WebUrl::new),
                orCleared(avatar, current.avatar(), v -> v));
    }

    /**
     * The current value when no change is given, none when the change is blank, else the new value. Not
     * {@code change.map(...).orElse(current)}: a map to {@code null} is empty, which would keep what was cleared.
     */
    private static <T> T orCleared(Optional<String> change, T current, Function<String, T> parse) {
        if (change.isEmpty()) {
            return current;
        }
        return change.get().isEmpty() ? null : parse.apply(change.get());
    }
}
