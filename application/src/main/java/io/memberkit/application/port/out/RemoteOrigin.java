package io.memberkit.application.port.out;

import io.memberkit.domain.common.Require;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where mirrored rows come from: a provider ({@code udata}) at a base URL. Its {@link #tag()} (eight hex digits of
 * the SHA-256 of both) prefixes the local ids of everything mirrored from it, so that several remotes can be mirrored
 * into one database without their ids colliding. Never holds credentials.
 */
public record RemoteOrigin(String provider, String baseUrl) {
    public RemoteOrigin {
        provider = Require.nonBlank(provider, "provider");
        baseUrl = stripSlash(Require.nonBlank(baseUrl, "base url"));
    }

    private static String stripSlash(String url) {
        var stripped = url.strip();
        while (stripped.endsWith("/")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped;
    }

    /** Eight lower-case hex digits naming this remote in local ids, e.g. {@code 3f2a9c01}. */
    public String tag() {
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                    .digest((provider + " " + baseUrl).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
