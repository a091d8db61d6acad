package io.memberkit.adapter.http.udata.mapping;

import io.memberkit.adapter.http.udata.wire.UdataPage;
import io.memberkit.domain.common.Page;
import java.util.function.Function;
import java.util.function.IntFunction;

/** memberkit's {@link Page} in uData's envelope {@code {data, page, page_size, total, next_page, previous_page}}. */
public final class UdataPages {
    private UdataPages() {
    }

    /** Each item through {@code item}; {@code link} gives the URL (or number) of another page, for the links. */
    public static <T, W> UdataPage<W> toWire(Page<T> page, Function<? super T, ? extends W> item,
                                             IntFunction<String> link) {
        return new UdataPage<>(page.items().stream().<W>map(item).toList(), page.page(), page.pageSize(),
                page.total(), page.hasNext() ? link.apply(page.page() + 1) : null,
                page.page() > 1 ? link.apply(page.page() - 1) : null);
    }
}
