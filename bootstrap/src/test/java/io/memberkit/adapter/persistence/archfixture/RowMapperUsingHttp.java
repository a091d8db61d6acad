package io.memberkit.adapter.persistence.archfixture;

import io.memberkit.adapter.http.archfixture.UdataClientFixture;

/** Wrong on purpose: the persistence adapter calling the http adapter's client. */
public final class RowMapperUsingHttp {
    public String row() {
        return new UdataClientFixture().get("/api/1/organizations/");
    }
}
