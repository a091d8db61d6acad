package io.memberkit.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CursorPageTest {

    @Test
    void a_row_past_the_page_means_a_next_page_starting_after_the_last_item() {
        var page = CursorPage.of(List.of(1, 2, 3), 2, i -> "after-" + i);

        assertThat(page.items()).containsExactly(1, 2);
        assertThat(page.next()).contains("after-2");
    }

    @Test
    void no_row_past_the_page_means_no_next_page() {
        assertThat(CursorPage.of(List.of(1, 2), 2, i -> "after-" + i).hasNext()).isFalse();
        assertThat(CursorPage.of(List.<Integer>of(), 2, i -> "after-" + i).hasNext()).isFalse();
    }

    @Test
    void mapping_keeps_the_cursor() {
        var page = CursorPage.of(List.of(1, 2, 3), 2, i -> "after-" + i).map(i -> "#" + i);

        assertThat(page.items()).containsExactly("#1", "#2");
        assertThat(page.next()).contains("after-2");
    }
}
