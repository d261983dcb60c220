package uk.gov.dynamicframework.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListsTest {

    @Test
    void theLargestPageOffsetDoesNotOverflow() {
        long offset = (long) PageOf.MAX_PAGE * PageOf.MAX_SIZE;
        assertThat(offset).isLessThanOrEqualTo(Integer.MAX_VALUE);
        assertThat(PageOf.MAX_PAGE * PageOf.MAX_SIZE).isEqualTo((int) offset);
        assertThat(Integer.parseInt(PageOf.DEFAULT_SIZE)).isBetween(1, PageOf.MAX_SIZE);
    }

    @Test
    void mappingAPageKeepsItsPosition() {
        PageOf<Integer> page = new PageOf<>(List.of(1, 2), 3, 2, 8);
        assertThat(page.map(i -> "#" + i)).isEqualTo(new PageOf<>(List.of("#1", "#2"), 3, 2, 8));
    }

    @Test
    void itemsAreAnObjectWithItemsNeverABareArrayOrNull() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(json.writeValueAsString(new ItemsOf<>(List.of("a", "b")))).isEqualTo("{\"items\":[\"a\",\"b\"]}");
        assertThat(json.writeValueAsString(new ItemsOf<>(null))).isEqualTo("{\"items\":[]}");
        assertThat(ItemsOf.of(List.of(1, 2)).map(i -> i * 10).items()).containsExactly(10, 20);
    }

    @Test
    void itemsAreACopyTheCallerCannotChange() {
        List<String> source = new ArrayList<>(List.of("a"));
        ItemsOf<String> items = new ItemsOf<>(source);
        source.add("b");
        assertThat(items.items()).containsExactly("a");
        assertThatThrownBy(() -> items.items().add("c")).isInstanceOf(UnsupportedOperationException.class);
    }
}
