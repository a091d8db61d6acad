package io.memberkit.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PageTest {

    private static List<Integer> rows(int count) {
        return Collections.nCopies(count, 0);
    }

    @Nested
    class A_next_page_exists_when_rows_remain_after_this_one {
        @Test
        void a_full_first_page_of_a_larger_total_has_a_next() {
            var page = Page.of(rows(20), new PageRequest(1, 20), 45);

            assertThat(page.hasNext()).isTrue();
            assertThat(page).extracting(Page::page, Page::pageSize, Page::total).containsExactly(1, 20, 45L);
        }

        @Test
        void the_last_partial_page_has_none() {
            assertThat(Page.of(rows(5), new PageRequest(3, 20), 45).hasNext()).isFalse();
        }

        @Test
        void a_last_page_that_is_exactly_full_has_none() {
            assertThat(Page.of(rows(20), new PageRequest(2, 20), 40).hasNext()).isFalse();
        }

        @Test
        void an_empty_list_has_none() {
            assertThat(Page.empty(PageRequest.firstPage()).hasNext()).isFalse();
            assertThat(Page.of(List.of(), PageRequest.firstPage(), 0).hasNext()).isFalse();
        }
    }

    @Nested
    class Mapping_a_page_keeps_its_envelope {
        @Test
        void items_are_mapped_and_page_facts_kept() {
            var page = Page.of(List.of(1, 2), new PageRequest(2, 2), 5).map(i -> "#" + i);

            assertThat(page.items()).containsExactly("#1", "#2");
            assertThat(page).extracting(Page::page, Page::pageSize, Page::total, Page::hasNext)
                    .containsExactly(2, 2, 5L, true);
        }
    }

    @Nested
    class The_envelope_is_consistent {
        @Test
        void an_impossible_envelope_is_a_programming_error() {
            // adapters build pages from a PageRequest; a page 0 here is a bug, not the caller's bad input
            assertThatThrownBy(() -> new Page<>(List.of(), 0, 20, 0, false))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Page<>(List.of(), 1, 20, -1, false))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
