package io.memberkit.adapter.http.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The next page is read while the walk works through the current one; what the walk sees is unchanged. */
class ReadAheadTest {
    /** Three pages of three items: page n links to page n+1. */
    private static PageWalker.Batch<Integer> page(int n) {
        return new PageWalker.Batch<>(List.of(3 * n - 2, 3 * n - 1, 3 * n),
                n < 3 ? Optional.of("?page=" + (n + 1)) : Optional.empty());
    }

    private static int number(Optional<String> link) {
        return link.map(l -> Integer.parseInt(l.substring("?page=".length()))).orElse(1);
    }

    @Test
    void the_next_page_is_asked_for_on_its_own_thread_before_the_walk_reaches_it() throws Exception {
        var asked = Collections.synchronizedList(new ArrayList<String>());
        var secondAsked = new CountDownLatch(1);
        try (var readAhead = new ReadAhead<Integer>(link -> {
            int n = number(link);
            asked.add(n + " on " + Thread.currentThread().getName());
            if (n == 2) {
                secondAsked.countDown();
            }
            return page(n);
        })) {
            var walker = new PageWalker<>(readAhead);
            assertThat(walker.next()).isEqualTo(1);

            assertThat(secondAsked.await(10, TimeUnit.SECONDS)).as("page 2 asked for while page 1 is read").isTrue();
            var items = new ArrayList<Integer>(List.of(1));
            walker.forEachRemaining(items::add);

            assertThat(items).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
            assertThat(asked).containsExactly("1 on " + Thread.currentThread().getName(),
                    "2 on memberkit-read-ahead", "3 on memberkit-read-ahead");
        }
    }

    @Test
    void without_reading_ahead_the_next_page_waits_for_the_walk() {
        var asked = Collections.synchronizedList(new ArrayList<Integer>());
        var walker = new PageWalker<Integer>(link -> {
            asked.add(number(link));
            return page(number(link));
        });

        assertThat(walker.next()).isEqualTo(1);

        assertThat(asked).containsExactly(1);
    }

    @Test
    void a_failure_of_the_page_read_ahead_surfaces_when_the_walk_reaches_that_page() {
        try (var readAhead = new ReadAhead<Integer>(link -> {
            if (number(link) == 2) {
                throw new IllegalStateException("page 2: the remote answered 502");
            }
            return page(number(link));
        })) {
            var walker = new PageWalker<>(readAhead);
            var items = new ArrayList<Integer>();
            for (int i = 0; i < 3; i++) {
                items.add(walker.next());
            }

            assertThat(items).containsExactly(1, 2, 3);
            assertThatThrownBy(walker::hasNext).isInstanceOf(IllegalStateException.class)
                    .hasMessage("page 2: the remote answered 502");
        }
    }

    @Test
    void closing_the_walk_interrupts_the_page_being_read_ahead() throws Exception {
        var reading = new CountDownLatch(1);
        var interrupted = new AtomicBoolean();
        var gaveUp = new CountDownLatch(1);
        var readAhead = new ReadAhead<Integer>(link -> {
            if (number(link) == 2) {
                reading.countDown();
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    interrupted.set(true);
                    gaveUp.countDown();
                }
            }
            return page(number(link));
        });
        var stream = PageWalker.stream(readAhead).onClose(readAhead::close);
        assertThat(stream.findFirst()).contains(1);
        assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();

        stream.close();

        assertThat(gaveUp.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(interrupted).isTrue();
    }
}
