package uk.gov.dynamicframework.platform.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list: never a bare array, never more than {@link #MAX_SIZE} items. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 100;
    /** Far beyond any real list, and small enough that {@code page * size} never overflows. */
    public static final int MAX_PAGE = 1_000_000;
    public static final String DEFAULT_SIZE = "20";

    public <R> PageOf<R> map(Function<T, R> mapper) {
        return new PageOf<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
