package uk.gov.dynamicframework.platform.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The details of an audit entry, as every service's audit trail stores them (a JSON object): from pairs of name and
 * value, nulls left out; values as JSON-friendly types.
 */
public final class AuditDetails {

    private AuditDetails() {
    }

    /** {@code pairs}: name, value, name, value, ...; a pair whose value is null is left out. */
    public static Map<String, Object> of(Object... pairs) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                details.put(String.valueOf(pairs[i]), plain(pairs[i + 1]));
            }
        }
        return details;
    }

    /** Numbers, booleans and text as they are, but decimals (amounts) as text, exactly; records as objects; ids, dates, enums as text. */
    static Object plain(Object value) {
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof String) {
            return value;
        }
        if (value instanceof Record r) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (var c : r.getClass().getRecordComponents()) {
                try {
                    Object v = c.getAccessor().invoke(r);
                    out.put(c.getName(), v == null ? null : plain(v));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
                }
            }
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), v == null ? null : plain(v)));
            return out;
        }
        if (value instanceof Iterable<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(v == null ? null : plain(v)));
            return out;
        }
        return String.valueOf(value);
    }
}
