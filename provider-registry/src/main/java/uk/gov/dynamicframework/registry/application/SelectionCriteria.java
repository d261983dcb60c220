package uk.gov.dynamicframework.registry.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The framework's selection criteria, each declared met or not, with references to the evidence. */
@Schema(name = "SelectionCriteria")
public record SelectionCriteria(
        @NotNull @Valid CriterionDeclaration economicAndFinancialStanding,
        @NotNull @Valid CriterionDeclaration insurance,
        @NotNull @Valid CriterionDeclaration safeguarding,
        @NotNull @Valid CriterionDeclaration dataProtection,
        @NotNull @Valid CriterionDeclaration noGroundsForExclusion) {

    /** One criterion: whether the organisation declares it met, and where the evidence is (documents, registers). */
    @Schema(name = "CriterionDeclaration")
    public record CriterionDeclaration(
            @NotNull Boolean met,
            @Size(max = 20) List<@NotBlank @Size(max = 500) String> evidence) {

        public CriterionDeclaration {
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }
    }

    /** The criteria by name, in the order the framework lists them. */
    public Map<String, CriterionDeclaration> byName() {
        Map<String, CriterionDeclaration> all = new LinkedHashMap<>();
        all.put("economicAndFinancialStanding", economicAndFinancialStanding);
        all.put("insurance", insurance);
        all.put("safeguarding", safeguarding);
        all.put("dataProtection", dataProtection);
        all.put("noGroundsForExclusion", noGroundsForExclusion);
        return all;
    }

    /** Names of the criteria not declared met. */
    public List<String> unmet() {
        List<String> unmet = new ArrayList<>();
        byName().forEach((name, declaration) -> {
            if (declaration == null || !Boolean.TRUE.equals(declaration.met())) {
                unmet.add(name);
            }
        });
        return unmet;
    }
}
