package uk.gov.dynamicframework.platform.web;

import jakarta.ws.rs.core.EntityTag;
import uk.gov.dynamicframework.platform.problem.ApiException;

/**
 * Optimistic concurrency over HTTP, the one way: a resource's ETag is its version ({@code "3"}), sent back on every
 * read and write ({@code Response.ok(view).tag(Preconditions.entityTag(version))}); a change must carry
 * {@code If-Match} with the ETag the caller read. Missing: 428. Another version: 412 naming the current ETag.
 */
public final class Preconditions {

    private Preconditions() {
    }

    /** The ETag header value of a version: {@code "3"} (quotes included). */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The same as an {@link EntityTag}, for {@code Response.ResponseBuilder.tag(...)}. */
    public static EntityTag entityTag(long version) {
        return new EntityTag(String.valueOf(version));
    }

    /**
     * Refuses the change unless {@code ifMatch} names {@code version}: 428 when absent or blank, 412 (with member
     * {@code currentETag}) when it names another. Accepted forms: {@code "3"}, {@code W/"3"} (weak comparison: the
     * version is the whole state), a comma-separated list of those, or {@code *}.
     */
    public static void requireMatch(String ifMatch, long version) {
        requireMatch(ifMatch, version, "resource");
    }

    /** As {@link #requireMatch(String, long)}, naming what was read ("organisation") in the problem's detail. */
    public static void requireMatch(String ifMatch, long version, String what) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiException.preconditionRequired("Send If-Match with the ETag of the " + what + " you read")
                    .with("currentETag", etag(version));
        }
        if (!matches(ifMatch, version)) {
            throw ApiException.preconditionFailed("The " + what + " changed since you read it (now " + etag(version)
                    + "); read it again").with("currentETag", etag(version));
        }
    }

    /** Whether an If-Match header value names the version. */
    public static boolean matches(String ifMatch, long version) {
        if (ifMatch == null) {
            return false;
        }
        String current = etag(version);
        for (String tag : ifMatch.split(",")) {
            String t = tag.strip();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("*") || t.equals(current)) {
                return true;
            }
        }
        return false;
    }
}
