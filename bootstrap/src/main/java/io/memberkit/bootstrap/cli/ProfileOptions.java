package io.memberkit.bootstrap.cli;

import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.WebUrl;
import io.memberkit.domain.error.InvalidInput;
import io.memberkit.domain.user.ProfileChanges;
import io.memberkit.domain.user.UserProfile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/** A profile's options, shared by {@code me update} and {@code users register|create|update}. */
final class ProfileOptions {
    @Option(names = "--first-name", description = "first name")
    String firstName;

    @Option(names = "--last-name", description = "last name")
    String lastName;

    @Option(names = "--email", description = "email address")
    String email;

    @Option(names = "--about", description = "about (Markdown); blank clears it")
    String about;

    @Option(names = "--website", description = "website URL; blank clears it")
    String website;

    @Option(names = "--avatar", description = "avatar URL; blank clears it")
    String avatar;

    /** A whole profile, for a new account: first name, last name and email are required. */
    UserProfile profile() {
        return named(() -> new UserProfile(firstName, lastName, EmailAddress.parse(email, "email"), about,
                WebUrl.parseOptional(website, "website"), avatar));
    }

    /** Only what was given changes. */
    ProfileChanges changes() {
        return named(() -> new ProfileChanges(Optional.ofNullable(firstName), Optional.ofNullable(lastName),
                Optional.ofNullable(email).map(e -> EmailAddress.parse(e, "email")), Optional.ofNullable(about),
                Optional.ofNullable(website), Optional.ofNullable(avatar)));
    }

    /** Refusals name the option ({@code --first-name}) rather than the wire field ({@code first_name}). */
    static <T> T named(Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidInput invalid) {
            Map<String, List<String>> renamed = new LinkedHashMap<>();
            invalid.errors().forEach((field, messages) -> renamed.put(option(field), messages));
            throw new InvalidInput(renamed);
        }
    }

    static String option(String field) {
        return switch (field) {
            case "business_number_id" -> "--siret";
            case "url" -> "--url";
            default -> "--" + field.replace('_', '-');
        };
    }
}
