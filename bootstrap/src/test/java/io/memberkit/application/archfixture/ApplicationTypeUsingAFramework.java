package io.memberkit.application.archfixture;

import jakarta.inject.Provider;
import jakarta.inject.Singleton;

/** Wrong on purpose: the application with framework annotations and types (STYLE §1: it has none). */
@Singleton
public final class ApplicationTypeUsingAFramework {
    private final Provider<String> names;

    public ApplicationTypeUsingAFramework(Provider<String> names) {
        this.names = names;
    }

    public String name() {
        return names.get();
    }
}
