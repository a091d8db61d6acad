package io.memberkit.adapter.http.archfixture;

/** Stands for adapter-http's client to uData. */
public final class UdataClientFixture {
    public String get(String path) {
        return path;
    }
}
