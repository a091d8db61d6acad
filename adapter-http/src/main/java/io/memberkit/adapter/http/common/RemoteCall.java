package io.memberkit.adapter.http.common;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One call to a remote, described before it is sent: method, path below the base URL, query, extra headers and
 * body. Path segments are percent-encoded as they are put in, so an id can never change the path. Built once and
 * sent once; {@link #describe()} names it in messages (method and path, never a header).
 */
public final class RemoteCall {
    /** The methods the adapters use; GET, PUT and DELETE are idempotent, so they may be retried. */
    public enum Method {
        GET, POST, PUT, DELETE;

        public boolean idempotent() {
            return this != POST;
        }
    }

    private final Method method;
    private final String path;
    private final Map<String, String> query = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Object body;
    private String failureField = "request";

    private RemoteCall(Method method, String template, Object... segments) {
        this.method = Objects.requireNonNull(method, "method");
        this.path = expand(template, segments);
    }

    public static RemoteCall get(String template, Object... segments) {
        return new RemoteCall(Method.GET, template, segments);
    }

    public static RemoteCall post(String template, Object... segments) {
        return new RemoteCall(Method.POST, template, segments);
    }

    public static RemoteCall put(String template, Object... segments) {
        return new RemoteCall(Method.PUT, template, segments);
    }

    public static RemoteCall delete(String template, Object... segments) {
        return new RemoteCall(Method.DELETE, template, segments);
    }

    /** Adds a query parameter; {@code null} and empty {@link Optional}s are left out. */
    public RemoteCall query(String name, Object value) {
        var plain = value instanceof Optional<?> optional ? optional.orElse(null) : value;
        if (plain != null) {
            query.put(name, plain.toString());
        }
        return this;
    }

    /** Copies the query of a link the remote gave (its {@code next_page}); its scheme and host are not followed. */
    public RemoteCall queryOf(String rawQuery) {
        if (rawQuery == null || rawQuery.isBlank()) {
            return this;
        }
        for (var pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            var name = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            var value = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.put(name, value);
        }
        return this;
    }

    /** An extra header, e.g. {@code X-Fields}; {@code null} leaves it out. */
    public RemoteCall header(String name, String value) {
        if (value != null) {
            headers.put(name, value);
        }
        return this;
    }

    /** A JSON body (a {@code @Serdeable} record or a list of them). */
    public RemoteCall body(Object value) {
        this.body = value;
        return this;
    }

    /**
     * The field a refusal without field errors is reported on (a 400 with only a message): by default
     * {@code "request"}; calls name their operation's field when they have one ("comment", "assignments").
     */
    public RemoteCall field(String name) {
        this.failureField = Objects.requireNonNull(name, "field");
        return this;
    }

    public Method method() {
        return method;
    }

    public String path() {
        return path;
    }

    public Map<String, String> query() {
        return Collections.unmodifiableMap(query);
    }

    public Map<String, String> headers() {
        return Collections.unmodifiableMap(headers);
    }

    public Optional<Object> body() {
        return Optional.ofNullable(body);
    }

    public String failureField() {
        return failureField;
    }

    /** The path and encoded query, relative to the base URL. */
    public String pathAndQuery() {
        if (query.isEmpty()) {
            return path;
        }
        var out = new StringBuilder(path).append('?');
        query.forEach((name, value) -> {
            if (out.charAt(out.length() - 1) != '?') {
                out.append('&');
            }
            out.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
        return out.toString();
    }

    /** "GET /users/42/": what messages name. The query is left out (it may hold a searched email). */
    public String describe() {
        return method + " " + path;
    }

    @Override
    public String toString() {
        return describe();
    }

    private static String expand(String template, Object... segments) {
        var out = new StringBuilder();
        int next = 0;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '}') {
                if (next >= segments.length) {
                    throw new IllegalArgumentException("missing segment for " + template);
                }
                out.append(encodeSegment(String.valueOf(segments[next++])));
                i++;
            } else {
                out.append(c);
            }
        }
        if (next != segments.length) {
            throw new IllegalArgumentException("too many segments for " + template);
        }
        return out.toString();
    }

    /** RFC 3986 unreserved characters stay; everything else, '/' and '.' runs included, is percent-encoded. */
    static String encodeSegment(String segment) {
        if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
            throw new IllegalArgumentException("not a path segment: '" + segment + "'");
        }
        var out = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
