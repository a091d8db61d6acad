package io.memberkit.adapter.http.udata;

import io.memberkit.adapter.http.common.JsonCodec;
import io.memberkit.adapter.http.common.PageWalker;
import io.memberkit.adapter.http.common.ReadAhead;
import io.memberkit.adapter.http.common.RemoteCall;
import io.memberkit.adapter.http.common.RestClient;
import io.memberkit.adapter.http.udata.wire.UdataPage;
import io.memberkit.adapter.http.udata.wire.UdataUser;
import io.memberkit.application.port.out.BackendFailure;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.NotFound;
import io.micronaut.core.type.Argument;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The uData flavour of {@link RestClient}: decoding and mapping in one step (a payload that does not fit memberkit's
 * model is a bad answer, not the caller's invalid input), the page envelope, lazy walks over {@code next_page}, and
 * the API key's owner ({@code GET /me/}). Shared by the repositories of one {@link UdataAdapter}.
 */
public final class UdataClient implements AutoCloseable {
    /** Organizations without their members, for reads that only need the organization. */
    static final String ORGANIZATION_FIELDS = "id,name,acronym,slug,description,url,logo,business_number_id,badges,"
            + "created_at,last_modified,deleted,metrics";
    /** Only what membership questions need. */
    static final String MEMBERS_FIELDS = "id,deleted,members{role,since,user{id}}";

    private final RestClient rest;
    private final boolean signedIn;
    private final AtomicReference<UserId> owner = new AtomicReference<>();

    UdataClient(UdataConfiguration configuration) {
        var settings = configuration.toSettings();
        var json = JsonCodec.standard(UdataConfiguration.PROVIDER);
        this.rest = new RestClient(settings, json, new UdataErrors(json, settings.apiKey()));
        this.signedIn = settings.apiKey().isPresent();
    }

    /** Sends {@code call}, decodes its answer as {@code type} and maps it; see the class comment for failures. */
    public <W, D> D read(RemoteCall call, Argument<W> type, Function<? super W, ? extends D> mapping) {
        var response = rest.exchange(call);
        var wire = rest.json().decode(call, response, type);
        try {
            return mapping.apply(wire);
        } catch (BackendFailure failure) {
            throw failure;
        } catch (RuntimeException doesNotFit) {
            throw rest.json().badAnswer(call, response, "the payload does not fit memberkit's model: "
                    + doesNotFit.getMessage(), doesNotFit);
        }
    }

    public <W> W read(RemoteCall call, Argument<W> type) {
        return read(call, type, Function.identity());
    }

    public <W> W read(RemoteCall call, Class<W> type) {
        return read(call, Argument.of(type), Function.identity());
    }

    /** As {@link #read}, with a 404 as empty. */
    public <W, D> Optional<D> find(RemoteCall call, Argument<W> type, Function<? super W, ? extends D> mapping) {
        try {
            return Optional.of(read(call, type, mapping));
        } catch (NotFound absent) {
            return Optional.empty();
        }
    }

    /** For effect: any 2xx is success, its body is not read. */
    public void execute(RemoteCall call) {
        rest.execute(call);
    }

    /** One page of an enveloped list, as memberkit's {@link Page}: a next page exists when {@code next_page} is set. */
    public <W, D> Page<D> page(RemoteCall call, Class<W> item, PageRequest request,
                               Function<? super W, ? extends D> mapping) {
        call.query("page", request.page()).query("page_size", request.pageSize());
        return read(call, pageOf(item), page -> UdataClient.<W, D>toPage(page, request, mapping));
    }

    /**
     * Every item of an enveloped list, lazily: one page is held at a time and the next is fetched (following
     * {@code next_page}) only when the current one is used up. Only the query of {@code next_page} is followed,
     * against the configured base URL: the API key is never sent to a host a payload names.
     */
    public <W> Stream<W> walk(Function<Optional<String>, RemoteCall> call, Class<W> item) {
        return walk(call, item, Function.identity());
    }

    /**
     * As {@link #walk(Function, Class)}, each page's items mapped as the page is read: an item that does not fit
     * memberkit's model makes that page a bad answer, as for any other read, rather than a raw exception thrown
     * from the middle of the caller's stream.
     */
    public <W, D> Stream<D> walk(Function<Optional<String>, RemoteCall> call, Class<W> item,
                                 Function<? super W, ? extends D> mapping) {
        return PageWalker.stream(fetchPages(call, item, mapping));
    }

    /**
     * As {@link #walk(Function, Class, Function)}, the next page asked for while the caller works through the
     * current one ({@link ReadAhead}): for a sync, where the caller's work per page is as long as the remote's.
     */
    public <W, D> Stream<D> walkReadingAhead(Function<Optional<String>, RemoteCall> call, Class<W> item,
                                             Function<? super W, ? extends D> mapping) {
        var readAhead = new ReadAhead<D>(fetchPages(call, item, mapping));
        return PageWalker.stream(readAhead).onClose(readAhead::close);
    }

    public <W> PageWalker<W> walker(Function<Optional<String>, RemoteCall> call, Class<W> item) {
        return new PageWalker<>(fetchPages(call, item, Function.identity()));
    }

    private <W, D> PageWalker.Fetch<D> fetchPages(Function<Optional<String>, RemoteCall> call, Class<W> item,
                                                  Function<? super W, ? extends D> mapping) {
        return link -> {
            var next = call.apply(link.map(UdataClient::queryOf));
            return read(next, pageOf(item), (UdataPage<W> page) -> new PageWalker.Batch<D>(page.data() == null
                    ? List.of() : page.data().stream().filter(Objects::nonNull).<D>map(mapping).toList(),
                    Optional.ofNullable(page.nextPage()).filter(s -> !s.isBlank())));
        };
    }

    @SuppressWarnings("unchecked")
    static <W> Argument<UdataPage<W>> pageOf(Class<W> item) {
        return (Argument<UdataPage<W>>) (Argument<?>) Argument.of(UdataPage.class, item);
    }

    /** The query part of a {@code next_page} URL. */
    static String queryOf(String link) {
        try {
            return Objects.requireNonNullElse(URI.create(link.strip()).getRawQuery(), "");
        } catch (IllegalArgumentException notAUrl) {
            int q = link.indexOf('?');
            return q < 0 ? "" : link.substring(q + 1);
        }
    }

    static <W, D> Page<D> toPage(UdataPage<W> page, PageRequest request, Function<? super W, ? extends D> mapping) {
        List<D> items = page.data() == null ? List.of() : page.data().stream().<D>map(mapping).toList();
        int number = page.page() != null && page.page() >= 1 ? page.page() : request.page();
        int size = page.pageSize() != null && page.pageSize() >= 1 ? page.pageSize() : request.pageSize();
        long total = page.total() != null && page.total() >= 0 ? page.total() : items.size();
        return new Page<>(items, number, size, total, page.nextPage() != null && !page.nextPage().isBlank());
    }

    /** The API key's owner, fresh: {@code GET /me/}. */
    public UdataUser me() {
        var me = read(RemoteCall.get("/me/"), UdataUser.class);
        if (me.id() != null) {
            owner.set(new UserId(me.id()));
        }
        return me;
    }

    /** The API key's owner's id, asked once per adapter; empty when the adapter has no key. */
    public Optional<UserId> owner() {
        if (!signedIn) {
            return Optional.empty();
        }
        var known = owner.get();
        if (known != null) {
            return Optional.of(known);
        }
        me();
        return Optional.ofNullable(owner.get());
    }

    /**
     * The key owner's account when {@code user} is that owner, read fresh from {@code GET /me/} (one call, which
     * also learns who the owner is the first time); empty for anyone else, without a call once the owner is known.
     */
    public <D> Optional<D> meIf(UserId user, Function<? super UdataUser, ? extends D> mapping) {
        if (!signedIn) {
            return Optional.empty();
        }
        var known = owner.get();
        if (known != null && !known.equals(user)) {
            return Optional.empty();
        }
        var call = RemoteCall.get("/me/");
        var me = read(call, Argument.of(UdataUser.class), (UdataUser wire) -> {
            if (wire.id() != null) {
                owner.set(new UserId(wire.id()));
            }
            return user.value().equals(wire.id()) ? Optional.<D>of(mapping.apply(wire)) : Optional.<D>empty();
        });
        return me;
    }

    public boolean isOwner(UserId user) {
        return owner().filter(user::equals).isPresent();
    }

    @Override
    public void close() {
        rest.close();
    }

    @Override
    public String toString() {
        return "UdataClient[" + rest + "]";
    }
}
