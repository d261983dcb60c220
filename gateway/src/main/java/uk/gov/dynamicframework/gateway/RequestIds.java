package uk.gov.dynamicframework.gateway;

import java.util.UUID;
import java.util.regex.Pattern;

/** The correlation id: the caller's {@code X-Request-Id} when it is safe to log, else a new one. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String CONTEXT_KEY = "requestId";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {
    }

    public static String acceptOrCreate(String offered) {
        return offered != null && SAFE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }
}
