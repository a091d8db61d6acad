package io.memberkit.adapter.http.common;

/**
 * Turns a provider's refusal (a 4xx other than 429) into the domain's errors or a {@code BackendFailure}. Each
 * provider has its own error bodies; {@link RestClient} handles what they share (retries, timeouts, 5xx, bodies
 * that cannot be read).
 */
@FunctionalInterface
public interface FailureTranslator {
    RuntimeException translate(RemoteCall call, RemoteResponse response);
}
