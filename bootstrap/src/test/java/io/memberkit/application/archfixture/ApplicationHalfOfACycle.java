package io.memberkit.application.archfixture;

import io.memberkit.domain.archfixture.DomainHalfOfACycle;

/** Wrong on purpose: with {@link DomainHalfOfACycle}, a cycle between the application and the domain. */
public final class ApplicationHalfOfACycle {
    public DomainHalfOfACycle other() {
        return new DomainHalfOfACycle();
    }
}
