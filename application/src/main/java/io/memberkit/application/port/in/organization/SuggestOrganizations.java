package io.memberkit.application.port.in.organization;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.Require;

/** The input of {@link SuggestOrganizationsUseCase}. */
public record SuggestOrganizations(Actor actor, String q, int size) {
    public SuggestOrganizations {
        Require.present(actor, "actor");
        q = Require.nonBlank(q, "q");
        Require.between(size, 1, 20, "size");
    }
}
