package io.memberkit.domain.archfixture;

import io.memberkit.application.archfixture.ApplicationHalfOfACycle;

/** Wrong on purpose: with {@link ApplicationHalfOfACycle}, a cycle between the domain and the application. */
public final class DomainHalfOfACycle {
    public ApplicationHalfOfACycle other() {
        return null;
    }
}
