package io.memberkit.application.port.in.user;

import io.memberkit.application.port.out.UserQuery;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.Require;

/** The input of {@link ListUsersUseCase}. */
public record ListUsers(Actor actor, UserQuery filter, PageRequest page) {
    public ListUsers {
        Require.present(actor, "actor");
        filter = filter == null ? UserQuery.all() : filter;
        page = page == null ? PageRequest.firstPage() : page;
    }
}
