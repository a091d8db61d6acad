package io.memberkit.domain.common;

import java.util.Optional;

/** Who is asking. Every command names its actor; authorization is decided from it, never from ambient state. */
public sealed interface Actor {

    static Actor anonymous() {
        return Anonymous.INSTANCE;
    }

    static Actor user(UserId id) {
        return new Person(id);
    }

    static Actor user(String id) {
        return new Person(new UserId(id));
    }

    /** The user behind the actor, if any. */
    Optional<UserId> userId();

    /** Nobody signed in: may read what is public, nothing else. */
    enum Anonymous implements Actor {
        INSTANCE;

        @Override
        public Optional<UserId> userId() {
            return Optional.empty();
        }
    }

    /** A known user. */
    record Person(UserId id) implements Actor {
        public Person {
            Require.present(id, "actor");
        }

        @Override
        public Optional<UserId> userId() {
            return Optional.of(id);
        }
    }
}
