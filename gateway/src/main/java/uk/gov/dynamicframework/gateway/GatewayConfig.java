package uk.gov.dynamicframework.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The gateway's settings, under {@code gateway}; every one can be set from the environment. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** The services behind the gateway, by name. */
    Map<String, Service> services();

    /** How long a service may take to answer before the caller gets a 504. */
    @WithDefault("10s")
    Duration timeout();

    /** How long to wait for a connection to a service before the caller gets a 503. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** How long a service's readiness probe may take when the gateway checks its own readiness. */
    @WithDefault("1500ms")
    Duration healthTimeout();

    RateLimit rateLimit();

    /** The longest request target (path and query) answered; longer ones get a 414 problem. */
    @WithDefault("4096")
    int maxUriLength();

    /** The largest header section (names, values, separators) in bytes; larger ones get a 431 problem. */
    @WithDefault("16384")
    int maxHeaderSize();

    interface Service {
        URI url();

        /** Path prefixes the service owns, such as {@code /v1/organisations}. */
        List<String> prefixes();
    }

    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Requests a client (token subject, else address) may make per second, sustained. */
        @WithDefault("100")
        int perSecond();

        /** Requests a client may make at once after a quiet spell. */
        @WithDefault("300")
        int burst();
    }
}
