package io.memberkit.domain.user;

import io.memberkit.domain.common.Email;
import io.memberkit.domain.common.PersonName;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.common.WebUrl;

/** The part of an account its owner edits: names, email, about, website, avatar. */
public record UserProfile(String firstName, String lastName, Email email, String about, WebUrl website, String avatar) {
    public UserProfile {
        firstName = PersonName.require(firstName, "first_name");
        lastName = PersonName.require(lastName, "last_name");
        about = Require.text(about, "about");
        avatar = Require.text(avatar, "avatar");
    }
}
