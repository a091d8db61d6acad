package io.memberkit.domain.common;

/** Which page to read: pages count from 1, as in uData. */
public record PageRequest(int page, int pageSize) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 1000;

    public PageRequest {
        if (page < 1) {
            throw io.memberkit.domain.error.InvalidInput.of("page", "must be 1 or more");
        }
        Require.between(pageSize, 1, MAX_SIZE, "page_size");
    }

    public static PageRequest first(int pageSize) {
        return new PageRequest(1, pageSize);
    }

    public static PageRequest firstPage() {
        return new PageRequest(1, DEFAULT_SIZE);
    }

    /** Rows to skip before this page. */
    public long offset() {
        return (long) (page - 1) * pageSize;
    }

    public PageRequest next() {
        return new PageRequest(page + 1, pageSize);
    }
}
