package uk.gov.dynamicframework.devtools;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Command line used by {@code ./run}:
 * <pre>
 * kafka --port 9092 --controller-port 9093 --dir .local/kafka   run a broker until stopped
 * databases NAME...                                            create missing databases (DB_HOST, DB_PORT, DB_USER, DB_PASSWORD)
 * keys --dir .local/keys                                       make the local key pair if missing
 * token ROLE [--org ORG_ID] [--body BODY_CODE] [--subject S] --dir .local/keys   print a signed token
 * </pre>
 */
public final class Devtools {

    private Devtools() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
        }
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                positional.add(args[i]);
            }
        }
        switch (args[0]) {
            case "kafka" -> runKafka(options);
            case "databases" -> positional.forEach(LocalDatabases.fromEnvironment()::ensure);
            case "keys" -> new LocalTokens(Path.of(options.getOrDefault("dir", ".local/keys"))).ensureKeys();
            case "token" -> {
                if (positional.isEmpty()) {
                    usage();
                }
                String role = positional.get(0);
                System.out.println(new LocalTokens(Path.of(options.getOrDefault("dir", ".local/keys"))).ensureKeys()
                        .issue(role, options.get("org"), options.get("body"), options.getOrDefault("subject", "local-" + role)));
            }
            default -> usage();
        }
    }

    private static void runKafka(Map<String, String> options) throws InterruptedException {
        LocalKafka kafka = LocalKafka.start(Integer.parseInt(options.getOrDefault("port", "9092")),
                Integer.parseInt(options.getOrDefault("controller-port", "9093")),
                Path.of(options.getOrDefault("dir", ".local/kafka")));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            stopped.countDown();
        }));
        stopped.await();
    }

    private static void usage() {
        System.err.println("usage: kafka [--port P --controller-port P --dir D] | databases NAME... | keys [--dir D]"
                + " | token ROLE [--org ORG_ID] [--body BODY_CODE] [--subject S] [--dir D]");
        System.exit(2);
    }
}
