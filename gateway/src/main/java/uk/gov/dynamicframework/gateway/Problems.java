package uk.gov.dynamicframework.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.RoutingContext;

/** RFC 9457 problem details written by the gateway itself, in the same shape as the services'. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Problems() {
    }

    public static void send(RoutingContext ctx, int status, String slug, String title, String detail) {
        ObjectNode problem = MAPPER.createObjectNode()
                .put("type", "urn:df:problem:" + slug)
                .put("title", title)
                .put("status", status)
                .put("detail", detail);
        String path = ctx.request().path();
        if (path != null && path.length() <= 256) {
            problem.put("instance", path);
        }
        String requestId = ctx.get(RequestIds.CONTEXT_KEY);
        if (requestId != null) {
            problem.put("requestId", requestId);
        }
        if (!ctx.response().ended()) {
            ctx.response().setStatusCode(status).putHeader("Content-Type", MEDIA_TYPE).end(problem.toString());
        }
    }
}
