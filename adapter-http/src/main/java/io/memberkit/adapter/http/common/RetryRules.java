package io.memberkit.adapter.http.common;

import dev.failsafe.RetryPolicy;
import dev.failsafe.RetryPolicyBuilder;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When a call is tried again. Retrying is delegated to <a href="https://failsafe.dev">Failsafe</a> rather than
 * written by hand: a small, dependency-free, well-kept library whose policies are plain values (no AOP, so they
 * work on a client built with {@code new}, unlike {@code @Retryable} from micronaut-retry, which needs a bean
 * context around the caller), and whose attempt counting, backoff, jitter and abort rules are tested upstream.
 * <ul>
 *   <li>Only idempotent methods (GET, PUT, DELETE) are retried; a POST is sent once, whatever happens.</li>
 *   <li>Retried: 429, 5xx, a refused connection (nothing reached the remote) and a connection dropped before the
 *       whole answer came (Micronaut cannot tell a body cut short from no answer at all). Not retried: a read
 *       timeout (the caller has waited its whole budget already and the remote is likely overloaded) and every
 *       other status.</li>
 *   <li>Exponential backoff from {@code initialBackoff} to {@code maxBackoff}, with +/-25% jitter so clients that
 *       failed together do not come back together.</li>
 *   <li>{@code Retry-After} is honoured: the wait is never shorter than asked (the delay is stretched so that jitter
 *       only ever lengthens it). A remote asking for more than {@code maxRetryAfter} is not waited for: the call
 *       fails now rather than hanging.</li>
 *   <li>Attempts are bounded by {@code maxAttempts}, so a call ends within about
 *       {@code maxAttempts x (readTimeout + max(maxBackoff, maxRetryAfter) x 1.7)}.</li>
 * </ul>
 */
final class RetryRules {
    static final double JITTER = 0.25;
    private static final Duration NO_DELAY = Duration.ofMillis(-1);
    private static final Logger LOG = LoggerFactory.getLogger(RetryRules.class);
    private final RemoteSettings settings;

    RetryRules(RemoteSettings settings) {
        this.settings = settings;
    }

    RetryPolicy<RemoteResponse> policyFor(RemoteCall call) {
        RetryPolicyBuilder<RemoteResponse> builder = RetryPolicy.<RemoteResponse>builder()
                .handleResultIf(RemoteResponse::isTransient)
                .handleIf(failure -> failure instanceof TransportFailure transport && transport.retryable())
                .abortIf(response -> response != null && asksTooLong(response))
                .withMaxAttempts(call.method().idempotent() ? settings.maxAttempts() : 1)
                .withJitter(JITTER)
                .withDelayFn(context -> {
                    var last = context.getLastResult();
                    // stretched so that jitter (+/-25%) never makes the wait shorter than Retry-After;
                    // a negative delay tells Failsafe to use the backoff instead
                    return last == null ? NO_DELAY : last.retryAfter()
                            .map(wait -> Duration.ofMillis((long) Math.ceil(wait.toMillis() / (1 - JITTER))))
                            .orElse(NO_DELAY);
                })
                .onRetry(event -> LOG.debug("{} failed ({}), attempt {} of {}", call.describe(),
                        event.getLastResult() != null ? "status " + event.getLastResult().status()
                                : event.getLastException().getClass().getSimpleName(),
                        event.getAttemptCount(), settings.maxAttempts()));
        if (settings.maxBackoff().compareTo(settings.initialBackoff()) > 0) {
            builder.withBackoff(settings.initialBackoff(), settings.maxBackoff());
        } else {
            builder.withDelay(settings.initialBackoff());
        }
        return builder.build();
    }

    boolean asksTooLong(RemoteResponse response) {
        return response.retryAfter().filter(wait -> wait.compareTo(settings.maxRetryAfter()) > 0).isPresent();
    }
}
