package uk.gov.dynamicframework.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The AsyncAPI document that outside consumers read names exactly the event types the services publish. */
class EventCatalogueTest {

    private static final Path ROOT = Path.of(System.getProperty("df.root", "..")).toAbsolutePath().normalize();
    private static final Pattern EVENT_TYPE = Pattern.compile("\"(df\\.(organisation|provider|offer|opportunity|competition)\\.[a-z-]+)\"");

    @Test
    @SuppressWarnings("unchecked")
    void everyPublishedEventTypeIsDocumentedAndNothingElse() throws IOException {
        Map<String, Object> asyncapi;
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docs/asyncapi.yaml"))) {
            asyncapi = new Yaml().load(reader);
        }
        Map<String, Object> messages = (Map<String, Object>) ((Map<String, Object>) asyncapi.get("components")).get("messages");
        Set<String> documented = new TreeSet<>();
        messages.values().forEach(m -> documented.add((String) ((Map<String, Object>) m).get("name")));

        Set<String> published = new TreeSet<>();
        for (String service : new String[] { "provider-registry", "competition-service" }) {
            try (Stream<Path> sources = Files.walk(ROOT.resolve(service + "/src/main/java"))) {
                for (Path source : sources.filter(p -> p.toString().endsWith("Events.java")).toList()) {
                    Matcher m = EVENT_TYPE.matcher(Files.readString(source));
                    while (m.find()) {
                        published.add(m.group(1));
                    }
                }
            }
        }
        assertThat(published).isNotEmpty();
        assertThat(documented).isEqualTo(published);
    }
}
