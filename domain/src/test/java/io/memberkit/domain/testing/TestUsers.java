package io.memberkit.domain.testing;

import io.memberkit.domain.common.Email;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.Slug;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.user.SiteRole;
import io.memberkit.domain.user.User;
import io.memberkit.domain.user.UserProfile;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Test users with fixed defaults and counter-based ids: override only what the test is about. */
public final class TestUsers {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestUsers() {
    }

    public static Builder aUser() {
        return new Builder(COUNTER.incrementAndGet());
    }

    public static Builder aSiteAdmin() {
        return aUser().siteAdmin();
    }

    public static final class Builder {
        private String id;
        private String firstName;
        private String lastName;
        private Email email;
        private Set<SiteRole> roles = Set.of();
        private boolean active = true;
        private Instant since = TestClock.START;
        private Instant deleted;
        private boolean emailVerified = true;

        private Builder(int n) {
            this.id = "user-" + n;
            this.firstName = "Ada";
            this.lastName = "Lovelace" + n;
            this.email = new EmailAddress("user" + n + "@example.org");
        }

        public Builder id(String value) {
            this.id = value;
            return this;
        }

        public Builder named(String first, String last) {
            this.firstName = first;
            this.lastName = last;
            return this;
        }

        public Builder email(String value) {
            this.email = value == null ? null : new EmailAddress(value);
            return this;
        }

        /** An address the platform has not confirmed yet (by default it has). */
        public Builder emailUnverified() {
            this.emailVerified = false;
            return this;
        }

        public Builder siteAdmin() {
            this.roles = Set.of(SiteRole.ADMIN);
            return this;
        }

        public Builder inactive() {
            this.active = false;
            return this;
        }

        public Builder deleted() {
            this.deleted = TestClock.START;
            return this;
        }

        public Builder since(Instant value) {
            this.since = value;
            return this;
        }

        public User build() {
            return new User(new UserId(id), Slug.from(firstName + " " + lastName + " " + id), firstName, lastName, email,
                    null, null, null, roles, active, since, null, deleted, emailVerified);
        }

        public UserProfile profile() {
            return build().profile();
        }
    }
}
