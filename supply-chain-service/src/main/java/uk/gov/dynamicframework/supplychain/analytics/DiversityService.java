package uk.gov.dynamicframework.supplychain.analytics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.gov.dynamicframework.platform.problem.ApiException;
import uk.gov.dynamicframework.platform.reference.ReferenceCodes;
import uk.gov.dynamicframework.supplychain.agreement.Agreement;

/** Diversity figures per scope, today or as at a date; and the same as CSV ({@code figure,value} rows). */
@ApplicationScoped
public class DiversityService {

    private final DiversityQuery query;
    private final ReferenceCodes codes;
    private final Clock clock;
    private final ObjectMapper mapper;

    public DiversityService(DiversityQuery query, ReferenceCodes codes, Clock clock, ObjectMapper mapper) {
        this.query = query;
        this.codes = codes;
        this.clock = clock;
        this.mapper = mapper;
    }

    public DiversityFigures national(LocalDate asAt, int minAreas) {
        return query.figures(DiversityQuery.Scope.national(), date(asAt), minAreas);
    }

    public DiversityFigures agreement(UUID agreementId, LocalDate asAt, int minAreas) {
        Agreement.require(agreementId);
        return query.figures(DiversityQuery.Scope.agreement(agreementId), date(asAt), minAreas);
    }

    public DiversityFigures area(String gss, LocalDate asAt, int minAreas) {
        return query.figures(DiversityQuery.Scope.area(gss), date(asAt), minAreas);
    }

    public DiversityFigures region(String region, LocalDate asAt, int minAreas) {
        return query.figures(DiversityQuery.Scope.region(region, List.copyOf(codes.areasOfRegion(region))), date(asAt), minAreas);
    }

    public DiversityFigures category(String category, LocalDate asAt, int minAreas) {
        return query.figures(DiversityQuery.Scope.category(category), date(asAt), minAreas);
    }

    public DiversityFigures contractType(String contractType, LocalDate asAt, int minAreas) {
        return query.figures(DiversityQuery.Scope.contractType(contractType), date(asAt), minAreas);
    }

    /** One {@code figure,value} row per figure, named by its JSON path ({@code leadProviders.voluntary}). */
    public String csv(DiversityFigures figures) {
        StringBuilder out = new StringBuilder("figure,value\r\n");
        try {
            // exact decimals: 300000.00 and 0.5000 as they are in the JSON, not normalised to 3E+5 and 0.5
            JsonNode tree = mapper.copy().setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
                    .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(mapper.writeValueAsString(figures));
            flatten("", tree, out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Figures could not be written", e);
        }
        return out.toString();
    }

    private static void flatten(String path, JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> flatten(path.isEmpty() ? f.getKey() : path + "." + f.getKey(), f.getValue(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), out);
            }
        } else {
            String value = node.isNull() ? "" : node.isBigDecimal() ? node.decimalValue().toPlainString() : node.asText();
            out.append(path).append(',').append(cell(value)).append("\r\n");
        }
    }

    /** RFC 4180 quoting, and no cell a spreadsheet would run as a formula. */
    private static String cell(String value) {
        String v = value.matches("^[=+\\-@].*") && !value.matches("^-?[0-9.]+$") ? "'" + value : value;
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private LocalDate date(LocalDate asAt) {
        LocalDate today = LocalDate.now(clock);
        if (asAt != null && asAt.isBefore(LocalDate.of(1990, 1, 1))) {
            throw ApiException.invalid("asAt", "must be 1990-01-01 or later");
        }
        return asAt == null ? today : asAt;
    }
}
