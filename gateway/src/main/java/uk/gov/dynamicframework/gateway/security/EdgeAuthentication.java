package uk.gov.dynamicframework.gateway.security;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Token checks at the edge: any token presented must be valid, and changing data needs one. Roles and object-level
 * rules are the services' business; they verify the token again, trusting nothing from the network.
 */
@ApplicationScoped
public class EdgeAuthentication {

    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    /** Why a request was refused at the edge. */
    public static final class Refused extends RuntimeException {
        public Refused(String detail) {
            super(detail, null, false, false);
        }
    }

    private final JWTParser parser;

    public EdgeAuthentication(JWTParser parser) {
        this.parser = parser;
    }

    /** The verified token's subject, empty for an anonymous read; fails with {@link Refused}. */
    public Future<Optional<String>> check(RoutingContext ctx) {
        String header = ctx.request().getHeader("Authorization");
        if (header == null || header.isBlank()) {
            return WRITES.contains(ctx.request().method())
                    ? Future.failedFuture(new Refused("A valid bearer token is required to change data"))
                    : Future.succeededFuture(Optional.empty());
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Future.failedFuture(new Refused("Use the Authorization: Bearer scheme"));
        }
        String token = header.substring(7).trim();
        return ctx.vertx().executeBlocking(() -> {
            try {
                JsonWebToken jwt = parser.parse(token);
                return Optional.ofNullable(jwt.getSubject());
            } catch (ParseException e) {
                throw new Refused("The bearer token is not valid (signature, issuer or expiry)");
            }
        }, false);
    }
}
