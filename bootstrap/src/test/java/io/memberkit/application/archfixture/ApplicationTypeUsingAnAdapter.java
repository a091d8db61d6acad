package io.memberkit.application.archfixture;

import io.memberkit.adapter.http.archfixture.UdataClientFixture;

/** Wrong on purpose: the application calling an adapter instead of an outbound port. */
public final class ApplicationTypeUsingAnAdapter {
    public String call() {
        return new UdataClientFixture().get("/api/1/me/");
    }
}
