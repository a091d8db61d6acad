package io.memberkit.bootstrap.server;

import io.memberkit.adapter.http.udata.wire.UdataError;
import io.memberkit.application.port.in.apikey.AuthenticateApiKey;
import io.memberkit.application.port.in.me.GetMe;
import io.memberkit.application.port.in.me.GetMyMembership;
import io.memberkit.application.port.out.BackendFailure;
import io.memberkit.bootstrap.udata.Json;
import io.memberkit.bootstrap.udata.Viewer;
import io.memberkit.bootstrap.wiring.UseCases;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.error.DomainException;
import io.memberkit.domain.error.InvalidInput;
import io.memberkit.domain.error.Rule;
import io.memberkit.domain.error.RuleBroken;
import io.memberkit.domain.user.ApiToken;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every endpoint shares: who is asking ({@code X-API-KEY}, anonymous without), the answer in JSON with the
 * {@code X-Fields} mask applied, and refusals as uData writes them: 400 {@code {"message", "errors": {field:
 * [..]}}}, 401/403/404/409/410 {@code {"message"}}. A broken rule is a 400 whose body names it ({@code "rule":
 * "LAST_ADMIN"}), where memberkit is stricter than uData. The key itself never appears in a log or an answer.
 */
@Singleton
final class Api {
    static final String API_KEY = "X-API-KEY";
    static final String FIELDS = "X-Fields";
    private static final Logger LOG = LoggerFactory.getLogger(Api.class);
    private final UseCases useCases;

    Api(UseCases useCases) {
        this.useCases = useCases;
    }

    UseCases uc() {
        return useCases;
    }

    /** The key's owner, or anonymous without a key; a key that lets nobody in is a 401. */
    Actor actor(HttpRequest<?> request) {
        var header = request.getHeaders().get(API_KEY);
        if (header == null || header.isBlank()) {
            return Actor.anonymous();
        }
        try {
            return useCases.authenticateApiKey().authenticate(new AuthenticateApiKey(new ApiToken(header)));
        } catch (DomainException refused) {
            throw ApiError.unauthorized(refused.getMessage());
        }
    }

    /** The key's owner; anonymous is a 401, as uData's secured endpoints answer. */
    Actor signedIn(HttpRequest<?> request) {
        var actor = actor(request);
        if (actor.userId().isEmpty()) {
            throw ApiError.unauthorized("Unauthorized: an API key (X-API-KEY) is required");
        }
        return actor;
    }

    Viewer viewer(Actor actor) {
        return actor.userId().isPresent() ? Viewer.of(Optional.of(useCases.getMe().get(new GetMe(actor))))
                : Viewer.ANONYMOUS;
    }

    /** The viewer and their membership of {@code organization}, which decides how member emails are shown. */
    Viewer viewerIn(Actor actor, OrganizationId organization) {
        var viewer = viewer(actor);
        if (viewer.user().isEmpty()) {
            return viewer;
        }
        return viewer.in(useCases.getMyMembership().get(new GetMyMembership(actor, organization)));
    }

    /** Runs an endpoint, turning every refusal into uData's status and body. */
    HttpResponse<String> answer(HttpRequest<?> request, Supplier<HttpResponse<String>> endpoint) {
        try {
            return endpoint.get();
        } catch (ApiError refused) {
            return error(refused.status, refused.getMessage(), null, null);
        } catch (InvalidInput invalid) {
            var first = invalid.errors().values().iterator().next().get(0);
            return error(400, first, invalid.errors(), null);
        } catch (RuleBroken broken) {
            // uData's own messages stay as they are; memberkit's stricter rules name themselves in the message
            var stricter = broken.rule() == Rule.LAST_ADMIN || broken.rule() == Rule.INVITATION_EXPIRED;
            return error(400, stricter ? broken.rule() + ": " + broken.getMessage() : broken.getMessage(), null,
                    broken.rule().name());
        } catch (DomainException refused) {
            int status = switch (refused.kind()) {
                case NOT_FOUND -> 404;
                case GONE -> 410;
                case FORBIDDEN -> 403;
                case CONFLICT -> 409;
                case INVALID_INPUT, RULE_BROKEN -> 400;
            };
            return error(status, refused.getMessage(), null, null);
        } catch (BackendFailure failure) {
            LOG.warn("{} {} failed: {}", request.getMethodName(), request.getPath(), failure.getMessage());
            return error(failure instanceof BackendFailure.ReadOnly ? 423 : 503, failure.getMessage(), null, null);
        } catch (RuntimeException bug) {
            LOG.error("{} {} failed", request.getMethodName(), request.getPath(), bug);
            return error(500, "Internal server error", null, null);
        }
    }

    /** {@code body} in JSON with the request's {@code X-Fields} mask applied. */
    HttpResponse<String> json(HttpRequest<?> request, int status, Object body) {
        var mask = Mask.parse(request.getHeaders().get(FIELDS));
        var text = mask == null ? Json.write(body) : Json.write(mask.apply(Json.tree(body)));
        return HttpResponse.<String>status(HttpStatus.valueOf(status)).contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(text);
    }

    HttpResponse<String> ok(HttpRequest<?> request, Object body) {
        return json(request, 200, body);
    }

    static HttpResponse<String> noContent() {
        return HttpResponse.noContent();
    }

    /** uData's {@code page} and {@code page_size} query parameters. */
    static PageRequest page(HttpRequest<?> request) {
        return new PageRequest(intParameter(request, "page", 1), intParameter(request, "page_size",
                PageRequest.DEFAULT_SIZE));
    }

    static int intParameter(HttpRequest<?> request, String name, int fallback) {
        var value = request.getParameters().get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of(name, "must be a whole number");
        }
    }

    static Optional<String> parameter(HttpRequest<?> request, String name) {
        return Optional.ofNullable(request.getParameters().get(name)).filter(v -> !v.isBlank());
    }

    /** The link to another page of this list: the same URL with another {@code page}. */
    static String link(HttpRequest<?> request, int page) {
        var query = new StringBuilder();
        request.getParameters().asMap().forEach((name, values) -> {
            if (!name.equals("page")) {
                values.forEach(v -> query.append(query.length() == 0 ? "?" : "&").append(name).append('=')
                        .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
            }
        });
        query.append(query.length() == 0 ? "?" : "&").append("page=").append(page);
        var host = request.getHeaders().get("Host");
        return (host == null ? "" : "http://" + host) + request.getPath() + query;
    }

    private HttpResponse<String> error(int status, String message, Map<String, List<String>> errors, String rule) {
        var body = new UdataError(message, errors == null ? null : new LinkedHashMap<String, Object>(errors), rule);
        return HttpResponse.<String>status(HttpStatus.valueOf(status)).contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(Json.write(body));
    }
}
