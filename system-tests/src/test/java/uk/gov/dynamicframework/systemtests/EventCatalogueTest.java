package uk.gov.dynamicframework.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The AsyncAPI document that outside consumers read documents exactly the events the services publish. Every module
 * named in the root pom is searched for topic classes (a class declaring {@code public static final String TOPIC =
 * "df.<aggregates>.v1"}); each topic must be one channel whose address is the topic and whose messages are exactly
 * that class's event types ({@code public static final String X = "df.<aggregate>.<verb>"}). A new service's topic
 * class, or a new type in an existing one, fails this test until it is documented.
 */
class EventCatalogueTest {

    private static final Path ROOT = Path.of(System.getProperty("df.root", "..")).toAbsolutePath().normalize();
    private static final Pattern MODULE = Pattern.compile("<module>\\s*([^<\\s]+)\\s*</module>");
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:class|interface|record|enum)\\s+(\\w+)");
    private static final Pattern TOPIC = Pattern.compile(
            "public\\s+static\\s+final\\s+String\\s+TOPIC\\s*=\\s*(?:\"(df\\.[a-z]+(?:-[a-z]+)*\\.v\\d+)\"|(\\w+)\\.TOPIC)\\s*;");
    private static final Pattern EVENT_TYPE = Pattern.compile(
            "public\\s+static\\s+final\\s+String\\s+(\\w+)\\s*=\\s*\"(df\\.[a-z]+(?:-[a-z]+)*\\.[a-z]+(?:-[a-z]+)*)\"\\s*;");

    /** A topic class as found in the sources: where it is, its topic and its event types. */
    record TopicClass(Path source, String simpleName, String topic, String topicOf, Set<String> types) {
    }

    @Test
    void everyTopicClassOfEveryModuleIsDocumentedAsOneChannelWithExactlyItsTypes() throws IOException {
        Map<String, Set<String>> published = publishedTopics();
        Map<String, Set<String>> documented = documentedChannels();

        assertThat(published).as("topic classes found in the modules' sources").isNotEmpty();
        List<String> differences = new ArrayList<>();
        for (var topic : published.entrySet()) {
            Set<String> docs = documented.get(topic.getKey());
            if (docs == null) {
                differences.add("topic " + topic.getKey() + " has no channel with that address; its types: " + topic.getValue());
                continue;
            }
            Set<String> missing = new TreeSet<>(topic.getValue());
            missing.removeAll(docs);
            Set<String> extra = new TreeSet<>(docs);
            extra.removeAll(topic.getValue());
            if (!missing.isEmpty()) {
                differences.add("channel " + topic.getKey() + " lacks messages for " + missing);
            }
            if (!extra.isEmpty()) {
                differences.add("channel " + topic.getKey() + " documents types no topic class declares: " + extra);
            }
        }
        for (String channel : documented.keySet()) {
            if (!published.containsKey(channel)) {
                differences.add("channel " + channel + " matches no topic class (documented types " + documented.get(channel) + ")");
            }
        }
        assertThat(differences).as("docs/asyncapi.yaml against the topic classes in the modules' sources").isEmpty();
    }

    @Test
    void everyEventTypeIsDescribedInTheHumanReadableSummary() throws IOException {
        String summary = Files.readString(ROOT.resolve("docs/events.md"));
        List<String> undescribed = new ArrayList<>();
        publishedTopics().forEach((topic, types) -> {
            if (!summary.contains(topic)) {
                undescribed.add(topic);
            }
            types.stream().filter(t -> !summary.contains(t)).forEach(undescribed::add);
        });
        assertThat(undescribed).as("topics and types missing from docs/events.md").isEmpty();
    }

    /** Topic -> event types, from every module's topic classes. */
    static Map<String, Set<String>> publishedTopics() throws IOException {
        List<TopicClass> classes = new ArrayList<>();
        for (String module : modules()) {
            Path sources = ROOT.resolve(module).resolve("src/main/java");
            if (!Files.isDirectory(sources)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    topicClass(file).ifPresent(classes::add);
                }
            }
        }
        Map<String, String> topicOfClass = new LinkedHashMap<>();
        classes.stream().filter(c -> c.topic() != null).forEach(c -> topicOfClass.put(c.simpleName(), c.topic()));
        Map<String, Set<String>> topics = new TreeMap<>();
        for (TopicClass c : classes) {
            String topic = c.topic() != null ? c.topic() : topicOfClass.get(c.topicOf());
            if (topic == null) {
                throw new AssertionError(c.source() + " declares TOPIC = " + c.topicOf() + ".TOPIC, which is no topic class");
            }
            topics.computeIfAbsent(topic, t -> new TreeSet<>()).addAll(c.types());
        }
        return topics;
    }

    private static java.util.Optional<TopicClass> topicClass(Path file) throws IOException {
        String source = Files.readString(file);
        Matcher topic = TOPIC.matcher(source);
        if (!topic.find()) {
            return java.util.Optional.empty();
        }
        Matcher name = CLASS_NAME.matcher(source);
        String simpleName = name.find() ? name.group(1) : file.getFileName().toString().replace(".java", "");
        Set<String> types = new TreeSet<>();
        Matcher type = EVENT_TYPE.matcher(source);
        while (type.find()) {
            if (!type.group(1).equals("TOPIC")) {
                types.add(type.group(2));
            }
        }
        return java.util.Optional.of(new TopicClass(file, simpleName, topic.group(1), topic.group(2), types));
    }

    /** The modules of the root pom, in order. */
    static List<String> modules() throws IOException {
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        List<String> modules = new ArrayList<>();
        Matcher m = MODULE.matcher(pom);
        while (m.find()) {
            modules.add(m.group(1));
        }
        assertThat(modules).as("modules of %s", ROOT.resolve("pom.xml")).contains("platform", "provider-registry");
        return modules;
    }

    /** Channel address -> the names of its messages, from docs/asyncapi.yaml. */
    @SuppressWarnings("unchecked")
    static Map<String, Set<String>> documentedChannels() throws IOException {
        Map<String, Object> asyncapi;
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docs/asyncapi.yaml"))) {
            asyncapi = new Yaml().load(reader);
        }
        assertThat(asyncapi.get("asyncapi")).as("AsyncAPI version").isEqualTo("3.0.0");
        Map<String, Object> components = (Map<String, Object>) asyncapi.get("components");
        Map<String, Object> messages = (Map<String, Object>) components.get("messages");
        Map<String, Object> channels = (Map<String, Object>) asyncapi.get("channels");
        Map<String, Set<String>> documented = new TreeMap<>();
        for (var channel : channels.entrySet()) {
            Map<String, Object> body = (Map<String, Object>) channel.getValue();
            String address = (String) body.get("address");
            assertThat(address).as("address of channel %s", channel.getKey()).isNotNull();
            assertThat(documented).as("channels with address %s", address).doesNotContainKey(address);
            Set<String> names = new TreeSet<>();
            Map<String, Object> channelMessages = (Map<String, Object>) body.getOrDefault("messages", Map.of());
            for (var message : channelMessages.entrySet()) {
                Map<String, Object> m = (Map<String, Object>) message.getValue();
                Object ref = m.get("$ref");
                if (ref != null) {
                    String key = ((String) ref).substring(((String) ref).lastIndexOf('/') + 1);
                    m = (Map<String, Object>) messages.get(key);
                    assertThat(m).as("%s of channel %s resolves in components.messages", ref, address).isNotNull();
                }
                assertThat(names.add((String) m.get("name"))).as("message %s listed once in %s", m.get("name"), address)
                        .isTrue();
            }
            documented.put(address, names);
        }
        return documented;
    }
}
