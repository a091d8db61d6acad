package io.memberkit.application.archfixture;

import io.memberkit.bootstrap.archfixture.Wiring;

/** Wrong on purpose: the application reaching into the composition root. */
public final class ApplicationTypeUsingBootstrap {
    public Object wired() {
        return new Wiring().service();
    }
}
