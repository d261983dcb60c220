package uk.gov.dynamicframework.registry.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation's application to join the framework. */
@Schema(name = "FrameworkApplicationRequest", examples = """
        {"organisationId": "6f1c2a52-5d0e-4c1f-9a55-0d6c7b1f2e11",
         "criteria": {
           "economicAndFinancialStanding": {"met": true, "evidence": ["Accounts 2025 filed with the Charity Commission"]},
           "insurance": {"met": true, "evidence": ["Public liability £5m, policy PL-123456"]},
           "safeguarding": {"met": true, "evidence": ["Safeguarding policy v3, March 2026"]},
           "dataProtection": {"met": true, "evidence": ["ICO registration ZA123456"]},
           "noGroundsForExclusion": {"met": true, "evidence": []}}}""")
public record FrameworkApplicationRequest(
        @NotNull UUID organisationId,
        @NotNull @Valid SelectionCriteria criteria) {
}
