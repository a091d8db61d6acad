package io.memberkit.domain.common;

import static io.memberkit.domain.testing.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Nested
    class Pages_count_from_one_as_in_udata {
        @Test
        void page_one_is_the_first_and_skips_nothing() {
            assertThat(PageRequest.firstPage()).isEqualTo(new PageRequest(1, PageRequest.DEFAULT_SIZE));
            assertThat(new PageRequest(1, 20).offset()).isZero();
        }

        @Test
        void page_zero_or_less_is_refused_on_the_page_field() {
            assertInvalid("page", () -> new PageRequest(0, 20));
            assertInvalid("page", () -> new PageRequest(-1, 20));
        }

        @Test
        void the_next_page_skips_the_rows_of_the_previous_ones() {
            var third = PageRequest.first(25).next().next();

            assertThat(third).isEqualTo(new PageRequest(3, 25));
            assertThat(third.offset()).isEqualTo(50);
        }

        @Test
        void a_far_page_offset_does_not_overflow() {
            assertThat(new PageRequest(Integer.MAX_VALUE, 1000).offset()).isEqualTo((Integer.MAX_VALUE - 1L) * 1000);
        }
    }

    @Nested
    class A_page_holds_1_to_1000_rows {
        @Test
        void the_bounds_are_allowed() {
            assertThat(new PageRequest(1, 1).pageSize()).isEqualTo(1);
            assertThat(new PageRequest(1, PageRequest.MAX_SIZE).pageSize()).isEqualTo(1000);
        }

        @Test
        void outside_is_refused_on_the_page_size_field() {
            assertInvalid("page_size", () -> new PageRequest(1, 0));
            assertInvalid("page_size", () -> new PageRequest(1, 1001));
        }
    }
}
