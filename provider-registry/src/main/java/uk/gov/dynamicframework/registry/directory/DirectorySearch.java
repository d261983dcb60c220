package uk.gov.dynamicframework.registry.directory;

import java.util.List;

/** The public directory's filters, already validated; null or empty means "any". */
public record DirectorySearch(
        String category,
        String area,
        String region,
        List<String> sectors,
        List<String> incomeBands,
        List<String> characteristics,
        String q,
        String sort,
        int page,
        int size) {
}
