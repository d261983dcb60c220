package uk.gov.dynamicframework.platform.paging;

import java.util.List;
import java.util.function.Function;

/**
 * A whole list, for lists the domain keeps short (a competition's bids, a lot's ranking, an organisation's history):
 * an object with {@code items}, never a bare array (so members can be added later) and never a {@code Map}. Lists
 * that can grow without bound are paged with {@link PageOf} instead.
 */
public record ItemsOf<T>(List<T> items) {

    public ItemsOf {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public static <T> ItemsOf<T> of(List<T> items) {
        return new ItemsOf<>(items);
    }

    public <R> ItemsOf<R> map(Function<T, R> mapper) {
        return new ItemsOf<>(items.stream().map(mapper).toList());
    }
}
