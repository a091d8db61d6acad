package io.memberkit.adapter.http.awx;

import io.memberkit.application.port.out.BackendFailure;
import io.memberkit.adapter.http.awx.mapping.AwxValues;
import io.memberkit.adapter.http.awx.wire.AwxPage;
import io.memberkit.adapter.http.awx.wire.AwxUser;
import io.memberkit.adapter.http.common.JsonCodec;
import io.memberkit.adapter.http.common.PageWalker;
import io.memberkit.adapter.http.common.ProviderErrors;
import io.memberkit.adapter.http.common.RemoteCall;
import io.memberkit.adapter.http.common.RestClient;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.NotFound;
import io.micronaut.core.type.Argument;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The AWX flavour of {@link RestClient}: decoding and mapping in one step, AWX's list envelope and paging
 * ({@code page}, {@code page_size}, then {@code next}), its error bodies, and the credentials' owner
 * ({@code GET /api/v2/me/}). Shared by the repositories of one {@link AwxAdapter}.
 * <p>
 * Only the query of a {@code next} link is followed, on the path first asked and against the configured base URL:
 * the credentials are never sent to a host or path a payload names.
 */
public final class AwxClient implements AutoCloseable {
    static final String API = "/api/v2";
    private static final Argument<Map<String, Object>> ERROR = Argument.mapOf(String.class, Object.class);
    private static final Set<String> MESSAGE_KEYS = Set.of("detail", "msg", "error", "__all__", "non_field_errors");

    private final RestClient rest;
    private final int pageSize;
    private final boolean signedIn;
    private final AtomicReference<UserId> owner = new AtomicReference<>();

    AwxClient(AwxConfiguration configuration) {
        var settings = configuration.toSettings();
        var json = JsonCodec.standard(AwxConfiguration.PROVIDER);
        this.rest = new RestClient(settings, json, new ProviderErrors(AwxConfiguration.PROVIDER,
                response -> json.decodeQuietly(response, ERROR).map(AwxClient::errorBody)
                        .orElse(ProviderErrors.ErrorBody.NONE), configuration.secrets()));
        this.pageSize = configuration.pageSize();
        this.signedIn = settings.apiKey().isPresent();
    }

    /**
     * AWX's error bodies: {@code {"detail": "..."}} (Django REST framework), {@code {"msg": "..."}} or
     * {@code {"error": "..."}}, and for validation {@code {"field": ["message", ...]}}.
     */
    static ProviderErrors.ErrorBody errorBody(Map<String, Object> body) {
        Optional<String> message = Optional.empty();
        var fields = new LinkedHashMap<String, List<String>>();
        for (var entry : body.entrySet()) {
            var messages = messages(entry.getValue());
            if (messages.isEmpty()) {
                continue;
            }
            if (MESSAGE_KEYS.contains(entry.getKey())) {
                message = message.or(() -> Optional.of(String.join(" ", messages)));
            } else {
                fields.put(entry.getKey(), messages);
            }
        }
        return new ProviderErrors.ErrorBody(message, fields);
    }

    private static List<String> messages(Object value) {
        var out = new ArrayList<String>();
        if (value instanceof Iterable<?> many) {
            many.forEach(item -> out.addAll(messages(item)));
        } else if (value instanceof Map<?, ?> nested) {
            nested.forEach((key, item) -> messages(item).forEach(m -> out.add(key + ": " + m)));
        } else if (value != null && !value.toString().isBlank()) {
            out.add(value.toString());
        }
        return out;
    }

    /** Sends {@code call}, decodes its answer as {@code type} and maps it; a payload that does not fit is a bad answer. */
    public <W, D> D read(RemoteCall call, Argument<W> type, Function<? super W, ? extends D> mapping) {
        return rest.read(call, type, mapping);
    }

    /** As {@link #read}, with a 404 as empty. */
    public <W, D> Optional<D> find(RemoteCall call, Argument<W> type, Function<? super W, ? extends D> mapping) {
        return rest.find(call, type, mapping);
    }

    /** For effect: any 2xx is success (AWX answers 204 to an association), its body is not read. */
    public void execute(RemoteCall call) {
        rest.execute(call);
    }

    @SuppressWarnings("unchecked")
    static <W> Argument<AwxPage<W>> pageOf(Class<W> item) {
        return (Argument<AwxPage<W>>) (Argument<?>) Argument.of(AwxPage.class, item);
    }

    /**
     * One page of memberkit's numbering over an AWX list. {@code call} gives the list's call with its filters; the
     * adapter adds {@code page} and {@code page_size}. A page size above AWX's maximum (200) is served from several
     * AWX pages. A page past the end answers AWX's 404 "Invalid page": it is an empty page then.
     */
    public <W, D> Page<D> page(Supplier<RemoteCall> call, Class<W> item, PageRequest request,
                               Function<? super W, ? extends D> mapping) {
        int size = Math.min(request.pageSize(), AwxConfiguration.MAX_PAGE_SIZE);
        long offset = request.offset();
        long number = offset / size + 1;
        int skip = (int) (offset % size);
        var first = call.get().query("page", number).query("page_size", size);
        Mapped<D> page;
        try {
            page = fetch(first, item, mapping);
        } catch (NotFound pastTheEnd) {
            if (number == 1) {
                throw pastTheEnd;
            }
            return new Page<>(List.of(), request.page(), request.pageSize(), count(call), false);
        }
        long total = page.count();
        var items = new ArrayList<D>();
        var followed = new HashSet<String>();
        while (true) {
            for (int i = skip; i < page.items().size() && items.size() < request.pageSize(); i++) {
                items.add(page.items().get(i));
            }
            skip = 0;
            if (items.size() >= request.pageSize() || page.next().isEmpty()) {
                break;
            }
            // a next link seen before, or one after an empty page, would walk forever: a remote answering so is broken
            if (page.items().isEmpty() || !followed.add(page.next().get())) {
                throw new BackendFailure.BadAnswer(first.describe() + ": its next links go round in circles", null);
            }
            page = fetch(follow(first, page.next().get()), item, mapping);
        }
        total = Math.max(total, offset + items.size());
        return new Page<>(items, request.page(), request.pageSize(), total, offset + items.size() < total);
    }

    /** One AWX page, its items mapped; an item mapped to null is left out (walks use it to filter). */
    private record Mapped<D>(long count, Optional<String> next, List<D> items) {
    }

    private <W, D> Mapped<D> fetch(RemoteCall call, Class<W> item, Function<? super W, ? extends D> mapping) {
        return read(call, pageOf(item), page -> new Mapped<D>(page.count() == null || page.count() < 0 ? 0
                : page.count(), Optional.ofNullable(page.next()).filter(s -> !s.isBlank()),
                page.results() == null ? List.of()
                        : page.results().stream().filter(Objects::nonNull).<D>map(mapping).filter(Objects::nonNull)
                        .toList()));
    }

    /** How many items a list holds, read from a one-item page. */
    public long count(Supplier<RemoteCall> call) {
        var page = read(call.get().query("page_size", 1), pageOf(Object.class), Function.identity());
        return page.count() == null ? 0 : page.count();
    }

    /**
     * Every item of a list, lazily and mapped: one AWX page ({@link AwxConfiguration#pageSize()} items) is held at a
     * time, and the next is fetched by following {@code next} only when the current one is used up.
     */
    public <W, D> Stream<D> walk(RemoteCall first, Class<W> item, Function<? super W, ? extends D> mapping) {
        return PageWalker.stream(walkPages(first, item, mapping));
    }

    public <W, D> PageWalker<D> walker(RemoteCall first, Class<W> item, Function<? super W, ? extends D> mapping) {
        return new PageWalker<>(walkPages(first, item, mapping));
    }

    private <W, D> PageWalker.Fetch<D> walkPages(RemoteCall first, Class<W> item,
                                                 Function<? super W, ? extends D> mapping) {
        first.query("page_size", pageSize);
        return link -> {
            var call = link.map(next -> follow(first, next)).orElse(first);
            Mapped<D> page = this.<W, D>fetch(call, item, mapping);
            return new PageWalker.Batch<D>(page.items(), page.next());
        };
    }

    /** The call for a {@code next} link: the same path as {@code first}, with the link's query only. */
    static RemoteCall follow(RemoteCall first, String next) {
        return RemoteCall.get(first.path()).queryOf(queryOf(next));
    }

    static String queryOf(String link) {
        try {
            return Objects.requireNonNullElse(URI.create(link.strip()).getRawQuery(), "");
        } catch (IllegalArgumentException notAUrl) {
            int q = link.indexOf('?');
            return q < 0 ? "" : link.substring(q + 1);
        }
    }

    /** The credentials' owner, fresh: {@code GET /api/v2/me/}, a list envelope with exactly one user. */
    public AwxUser me() {
        return me(Function.identity());
    }

    private <D> D me(Function<? super AwxUser, ? extends D> mapping) {
        return read(RemoteCall.get(API + "/me/"), pageOf(AwxUser.class), page -> {
            if (page.results() == null || page.results().size() != 1 || page.results().get(0) == null
                    || page.results().get(0).id() == null) {
                throw new IllegalArgumentException("/me/ lists " + (page.results() == null ? 0
                        : page.results().size()) + " user(s), not exactly one");
            }
            var me = page.results().get(0);
            owner.set(AwxValues.userId(me.id()));
            return mapping.apply(me);
        });
    }

    /** The credentials' owner, asked once per adapter; empty without credentials. */
    public Optional<UserId> owner() {
        if (!signedIn) {
            return Optional.empty();
        }
        var known = owner.get();
        return known != null ? Optional.of(known) : Optional.of(AwxValues.userId(me().id()));
    }

    /**
     * The owner's account, read fresh from {@code /api/v2/me/} (which carries {@code last_login}) and mapped, when
     * {@code user} is the owner; empty for anyone else, without a call once the owner is known.
     */
    public <D> Optional<D> meIf(UserId user, Function<? super AwxUser, ? extends D> mapping) {
        if (!signedIn) {
            return Optional.empty();
        }
        var known = owner.get();
        if (known != null && !known.equals(user)) {
            return Optional.empty();
        }
        return me(me -> user.equals(AwxValues.userId(me.id())) ? Optional.<D>of(mapping.apply(me))
                : Optional.<D>empty());
    }

    @Override
    public void close() {
        rest.close();
    }

    @Override
    public String toString() {
        return "AwxClient[" + rest + "]";
    }
}
