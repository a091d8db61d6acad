package io.memberkit.application.port.in.user;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.Require;

/** The input of {@link SuggestUsersUseCase}. */
public record SuggestUsers(Actor actor, String q, int size) {
    public SuggestUsers {
        Require.present(actor, "actor");
        q = Require.nonBlank(q, "q");
        Require.between(size, 1, 20, "size");
    }
}
