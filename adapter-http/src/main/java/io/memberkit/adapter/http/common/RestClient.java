package io.memberkit.adapter.http.common;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import io.memberkit.application.port.out.BackendFailure;
import io.memberkit.domain.error.DomainException;
import io.memberkit.domain.error.NotFound;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.ContentLengthExceededException;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.exceptions.ReadTimeoutException;
import io.micronaut.http.client.exceptions.ResponseClosedException;
import java.net.ConnectException;
import java.net.MalformedURLException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A blocking JSON client for one remote API, over Micronaut's low-level {@link HttpClient}, shared by the uData,
 * Isogeo and AWX adapters. It adds the credential header, retries what {@link RetryRules} allows, and turns every
 * failure into the application's errors:
 * <ul>
 *   <li>2xx: the body, decoded; unreadable -> {@code BadAnswer} naming the endpoint and status;</li>
 *   <li>429 and 5xx still failing after the retries (at once for a POST), a timeout, a refused connection ->
 *       {@code Unavailable};</li>
 *   <li>other 4xx -> the provider's {@link FailureTranslator} (domain errors, {@code Unauthenticated}, ...);</li>
 *   <li>1xx, 3xx -> {@code BadAnswer}. Redirects are not followed: the credential header must never be sent to a
 *       host other than the configured one.</li>
 * </ul>
 * No Netty, Jackson or Micronaut exception leaves this class except as the cause of one of those. The credential
 * is set on each request and never logged here; Micronaut's own TRACE logging masks headers named like
 * {@code *key*}, which the tests check.
 */
public final class RestClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RestClient.class);
    private static final Argument<byte[]> BYTES = Argument.of(byte[].class);

    private final RemoteSettings settings;
    private final HttpClient http;
    private final JsonCodec json;
    private final FailureTranslator failures;
    private final RetryRules retries;

    public RestClient(RemoteSettings settings, JsonCodec json, FailureTranslator failures) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.json = Objects.requireNonNull(json, "json");
        this.failures = Objects.requireNonNull(failures, "failures");
        this.retries = new RetryRules(settings);
        var configuration = new DefaultHttpClientConfiguration();
        configuration.setConnectTimeout(settings.connectTimeout());
        configuration.setReadTimeout(settings.readTimeout());
        configuration.setFollowRedirects(false);
        // every status comes back as a response; this class decides what each one means
        configuration.setExceptionOnErrorStatus(false);
        try {
            this.http = HttpClient.create(settings.baseUrl().toURL(), configuration);
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("not a URL: " + settings.baseUrl(), e);
        }
    }

    public RemoteSettings settings() {
        return settings;
    }

    public JsonCodec json() {
        return json;
    }

    /** Sends the call and decodes a 2xx body as {@code type}; any other outcome is thrown as described above. */
    public <T> T call(RemoteCall call, Argument<T> type) {
        var response = exchange(call);
        return json.decode(call, response, type);
    }

    public <T> T call(RemoteCall call, Class<T> type) {
        return call(call, Argument.of(type));
    }

    /**
     * Sends the call, decodes a 2xx body as {@code type} and maps it to the domain in one step: a payload that does
     * not fit memberkit's model (a domain record refusing a value) is the remote's bad answer, never the caller's
     * invalid input.
     */
    public <W, D> D read(RemoteCall call, Argument<W> type, Function<? super W, ? extends D> mapping) {
        var response = exchange(call);
        var wire = json.decode(call, response, type);
        try {
            return mapping.apply(wire);
        } catch (BackendFailure failure) {
            throw failure;
        } catch (RuntimeException doesNotFit) {
            throw json.badAnswer(call, response, "the payload does not fit memberkit's model: "
                    + doesNotFit.getMessage(), doesNotFit);
        }
    }

    /** As {@link #read}, with a 404 as empty. */
    public <W, D> Optional<D> find(RemoteCall call, Argument<W> type, Function<? super W, ? extends D> mapping) {
        try {
            return Optional.of(read(call, type, mapping));
        } catch (NotFound absent) {
            return Optional.empty();
        }
    }

    /** Sends the call for its effect: a 2xx answer, whatever its body, is success. */
    public void execute(RemoteCall call) {
        exchange(call);
    }

    /** Sends the call and returns a 2xx response as it came; everything else is thrown. */
    public RemoteResponse exchange(RemoteCall call) {
        var response = send(call);
        if (response.isSuccess()) {
            return response;
        }
        if (response.isTransient()) {
            throw unavailable(call, response);
        }
        if (response.status() >= 400 && response.status() < 500) {
            throw failures.translate(call, response);
        }
        throw json.badAnswer(call, response, "unexpected status", null);
    }

    /** Sends with retries and returns the last response, whatever its status; transport failures are thrown. */
    public RemoteResponse send(RemoteCall call) {
        try {
            return Failsafe.with(retries.policyFor(call)).get(() -> attempt(call));
        } catch (TransportFailure failure) {
            throw new BackendFailure.Unavailable(settings.provider() + " is unavailable: " + failure.getMessage()
                    + " (" + call.describe() + ")", failure.getCause());
        } catch (FailsafeException interrupted) {
            if (interrupted.getCause() instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new BackendFailure.Unavailable(settings.provider() + " call interrupted while waiting to retry ("
                    + call.describe() + ")", interrupted.getCause());
        }
    }

    private RemoteResponse attempt(RemoteCall call) {
        var request = HttpRequest.<byte[]>create(HttpMethod.valueOf(call.method().name()),
                settings.baseUrl() + call.pathAndQuery());
        request.accept(MediaType.APPLICATION_JSON_TYPE);
        settings.apiKey().ifPresent(key -> request.header(settings.apiKeyHeader(), key.reveal()));
        call.headers().forEach(request::header);
        call.body().ifPresent(body -> request.contentType(MediaType.APPLICATION_JSON_TYPE).body(json.encode(call, body)));
        HttpResponse<byte[]> answer;
        try {
            answer = http.toBlocking().exchange(request, BYTES, BYTES);
        } catch (HttpClientResponseException e) {
            answer = bytesOf(e.getResponse());
        } catch (ReadTimeoutException e) {
            throw new TransportFailure(TransportFailure.Kind.TIMEOUT,
                    "no answer within " + settings.readTimeout().toMillis() + " ms", e);
        } catch (ContentLengthExceededException e) {
            throw new BackendFailure.BadAnswer(settings.provider() + " sent a body too large to read for "
                    + call.describe(), e);
        } catch (ResponseClosedException e) {
            throw new TransportFailure(TransportFailure.Kind.CLOSED, "the connection closed before an answer", e);
        } catch (HttpClientException e) {
            if (hasCause(e, TimeoutException.class) || hasCause(e, io.netty.handler.timeout.TimeoutException.class)) {
                throw new TransportFailure(TransportFailure.Kind.TIMEOUT, "no answer in time", e);
            }
            throw new TransportFailure(connectFailure(e) ? TransportFailure.Kind.CONNECT : TransportFailure.Kind.CLOSED,
                    connectFailure(e) ? "cannot connect to " + settings.baseUrl().getHost() : "the exchange failed", e);
        } catch (BackendFailure | DomainException e) {
            throw e;
        } catch (RuntimeException e) {
            // anything else from the client stack is a transport problem, never a raw exception for the caller
            throw new TransportFailure(TransportFailure.Kind.CLOSED, "the exchange failed", e);
        }
        var response = toResponse(answer);
        LOG.debug("{} -> {}", call.describe(), response.status());
        return response;
    }

    @SuppressWarnings("unchecked")
    private static HttpResponse<byte[]> bytesOf(HttpResponse<?> response) {
        return (HttpResponse<byte[]>) response;
    }

    private static RemoteResponse toResponse(HttpResponse<byte[]> answer) {
        var headers = new HashMap<String, String>();
        var retryAfter = answer.getHeaders().get("Retry-After");
        if (retryAfter != null) {
            headers.put("retry-after", retryAfter);
        }
        var contentType = answer.getHeaders().get("Content-Type");
        if (contentType != null) {
            headers.put("content-type", contentType);
        }
        byte[] body = answer.getBody(byte[].class).orElse(new byte[0]);
        return new RemoteResponse(answer.code(), body, headers);
    }

    private BackendFailure.Unavailable unavailable(RemoteCall call, RemoteResponse response) {
        var why = retries.asksTooLong(response)
                ? "asked to retry after " + response.retryAfter().orElseThrow().toSeconds() + " s, longer than allowed"
                : call.method().idempotent() ? "still failing after " + settings.maxAttempts() + " attempt(s)"
                : "not retried (" + call.method() + " is not idempotent)";
        return new BackendFailure.Unavailable(settings.provider() + " answered " + response.status() + " to "
                + call.describe() + ": " + why, null);
    }

    private static boolean connectFailure(Throwable e) {
        return hasCause(e, ConnectException.class) || hasCause(e, UnknownHostException.class)
                || hasCause(e, NoRouteToHostException.class)
                || hasCause(e, io.netty.channel.ConnectTimeoutException.class)
                || (e.getMessage() != null && e.getMessage().startsWith("Connect Error"));
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (var t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        http.close();
    }

    @Override
    public String toString() {
        return "RestClient[" + settings.provider() + " at " + settings.baseUrl() + "]";
    }
}
