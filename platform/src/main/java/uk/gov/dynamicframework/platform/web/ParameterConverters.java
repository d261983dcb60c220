package uk.gov.dynamicframework.platform.web;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Path, query and header parameters that do not parse (a UUID, a date, an enum, a number) are a 400 problem naming
 * the parameter, instead of the 404 JAX-RS gives by default for path and query parameters.
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

    /** A parameter that does not parse; written as a 400 problem with {@code errors[0].field} = its name. */
    public static class InvalidParameterException extends BadRequestException {

        private final String parameter;
        private final String reason;

        public InvalidParameterException(String parameter, String reason) {
            super(parameter + ": " + reason);
            this.parameter = parameter;
            this.reason = reason;
        }

        public String parameter() {
            return parameter;
        }

        public String reason() {
            return reason;
        }
    }

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(name, UUID::fromString, "must be a UUID");
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, LocalDate::parse, "must be a date (YYYY-MM-DD)");
        }
        if (rawType == Instant.class) {
            return (ParamConverter<T>) converter(name, Instant::parse, "must be a UTC time (2026-04-01T09:00:00Z)");
        }
        if (rawType == OffsetDateTime.class) {
            return (ParamConverter<T>) converter(name, OffsetDateTime::parse,
                    "must be a date and time with offset (2026-04-01T09:00:00+01:00)");
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(name, Integer::valueOf, "must be a whole number");
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) converter(name, Long::valueOf, "must be a whole number");
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) converter(name, ParameterConverters::parseBoolean, "must be true or false");
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            String allowed = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            return (ParamConverter<T>) converter(name, value -> Enum.valueOf(type, value), "must be one of " + allowed);
        }
        return null;
    }

    private static <T> ParamConverter<T> converter(String name, Function<String, T> parse, String reason) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return parse.apply(value.strip());
                } catch (RuntimeException e) {
                    throw new InvalidParameterException(name, reason);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
            }
        };
    }

    private static Boolean parseBoolean(String value) {
        if ("true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value)) {
            return Boolean.valueOf(value);
        }
        throw new IllegalArgumentException(value);
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation a : annotations == null ? new Annotation[0] : annotations) {
            String name = a instanceof PathParam p ? p.value()
                    : a instanceof QueryParam q ? q.value()
                    : a instanceof HeaderParam h ? h.value()
                    : a instanceof MatrixParam m ? m.value()
                    : a instanceof CookieParam c ? c.value()
                    : a instanceof FormParam f ? f.value()
                    : null;
            if (name != null && !name.isEmpty()) {
                return name;
            }
        }
        return "parameter";
    }
}
