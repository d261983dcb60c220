package uk.gov.dynamicframework.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import uk.gov.dynamicframework.platform.problem.ApiException;
import uk.gov.dynamicframework.platform.security.Caller;

/**
 * {@code Idempotency-Key} on creating POSTs: a client that retries (after a timeout, say) with the same key and the
 * same request gets the first response again instead of a second resource. The same key with another request is a
 * 422; a retry while the first is still running is a 409. A failed request frees its key.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");
    /** A request still marked running after this long died with its process; a retry may take its key over. */
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final Clock clock;

    public IdempotentRequests(EntityManager em, ObjectMapper mapper, Clock clock) {
        this.em = em;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Runs {@code create} once per caller and key; without a key, simply runs it. */
    public Response once(String key, Caller caller, String operation, Object request, Supplier<Response> create) {
        if (key == null) {
            return create.get();
        }
        if (!VALID_KEY.matcher(key).matches()) {
            throw ApiException.invalid(HEADER, "must be 1 to 200 visible ASCII characters, such as a UUID");
        }
        String owner = caller.actor();
        String hash = sha256(operation + "\n" + json(request));
        Optional<Response> earlier = QuarkusTransaction.requiringNew().call(() -> claim(owner, key, operation, hash));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Response response;
        try {
            response = create.get();
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "delete from idempotent_request where owner = :owner and idempotency_key = :key")
                    .setParameter("owner", owner).setParameter("key", key).executeUpdate());
            throw e;
        }
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update idempotent_request set status = :status, location = :location, etag = :etag, body = :body
                where owner = :owner and idempotency_key = :key""")
                .setParameter("status", response.getStatus())
                .setParameter("location", response.getLocation() == null ? null : response.getLocation().toString())
                .setParameter("etag", response.getEntityTag() == null ? null : response.getEntityTag().getValue())
                .setParameter("body", response.getEntity() == null ? null : json(response.getEntity()))
                .setParameter("owner", owner).setParameter("key", key).executeUpdate());
        return response;
    }

    private Optional<Response> claim(String owner, String key, String operation, String hash) {
        Instant now = clock.instant();
        int claimed = em.createNativeQuery("""
                insert into idempotent_request (owner, idempotency_key, operation, request_hash, created_at)
                values (:owner, :key, :operation, :hash, :now) on conflict do nothing""")
                .setParameter("owner", owner).setParameter("key", key).setParameter("operation", operation)
                .setParameter("hash", hash).setParameter("now", now).executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select operation, request_hash, created_at < :abandonedBefore, status, location, etag, body
                from idempotent_request where owner = :owner and idempotency_key = :key for update""")
                .setParameter("abandonedBefore", now.minus(ABANDONED_AFTER))
                .setParameter("owner", owner).setParameter("key", key).getResultList();
        Object[] row = rows.get(0);
        if (!operation.equals(row[0]) || !hash.equals(row[1])) {
            throw ApiException.rule("idempotency-key-reused",
                    "This Idempotency-Key was used for a different request; use a new key for a new request");
        }
        if (row[3] == null) {
            if (!Boolean.TRUE.equals(row[2])) {
                throw ApiException.conflict("A request with this Idempotency-Key is still being processed; retry shortly");
            }
            em.createNativeQuery("update idempotent_request set created_at = :now where owner = :owner and idempotency_key = :key")
                    .setParameter("now", now).setParameter("owner", owner).setParameter("key", key).executeUpdate();
            return Optional.empty();
        }
        Response.ResponseBuilder replay = Response.status(((Number) row[3]).intValue()).header(REPLAYED_HEADER, "true");
        if (row[4] != null) {
            replay.header("Location", row[4]);
        }
        if (row[5] != null) {
            replay.tag(new EntityTag((String) row[5]));
        }
        if (row[6] != null) {
            replay.entity(row[6]).type(MediaType.APPLICATION_JSON_TYPE);
        }
        return Optional.of(replay.build());
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
