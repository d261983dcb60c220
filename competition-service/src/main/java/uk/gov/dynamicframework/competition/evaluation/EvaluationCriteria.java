package uk.gov.dynamicframework.competition.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.gov.dynamicframework.platform.problem.ApiException;
import uk.gov.dynamicframework.platform.problem.Problem.FieldViolation;

/** Rules of a competition's criteria: weights total 100, unique codes, at most one price criterion, questions asked. */
public final class EvaluationCriteria {

    private EvaluationCriteria() {
    }

    public static List<FieldViolation> violations(List<Criterion> criteria, List<PassFailRequirement> requirements) {
        List<FieldViolation> violations = new ArrayList<>();
        if (criteria == null || criteria.isEmpty()) {
            violations.add(new FieldViolation("criteria", "must name at least one criterion"));
            return violations;
        }
        int total = criteria.stream().mapToInt(Criterion::weight).sum();
        if (total != 100) {
            violations.add(new FieldViolation("criteria", "weights must total 100, not " + total));
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            if (!codes.add(c.code())) {
                violations.add(new FieldViolation("criteria[" + i + "].code", "is used twice: " + c.code()));
            }
            if (c.kind() != CriterionKind.PRICE && (c.question() == null || c.question().isBlank())) {
                violations.add(new FieldViolation("criteria[" + i + "].question", "must be given for a " + c.kind() + " criterion"));
            }
        }
        if (criteria.stream().filter(c -> c.kind() == CriterionKind.PRICE).count() > 1) {
            violations.add(new FieldViolation("criteria", "may have at most one PRICE criterion"));
        }
        Set<String> reqCodes = new HashSet<>();
        for (int i = 0; requirements != null && i < requirements.size(); i++) {
            if (!reqCodes.add(requirements.get(i).code())) {
                violations.add(new FieldViolation("passFailRequirements[" + i + "].code", "is used twice"));
            }
        }
        return violations;
    }

    public static void validate(List<Criterion> criteria, List<PassFailRequirement> requirements) {
        List<FieldViolation> violations = violations(criteria, requirements);
        if (!violations.isEmpty()) {
            throw ApiException.invalid("The evaluation criteria are not valid: "
                    + violations.stream().map(v -> v.field() + " " + v.message()).reduce((a, b) -> a + "; " + b).orElse(""),
                    violations);
        }
    }
}
