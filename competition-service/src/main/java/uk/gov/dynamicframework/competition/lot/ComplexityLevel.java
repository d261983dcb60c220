package uk.gov.dynamicframework.competition.lot;

/** The complexity of need a service is offered at (rate cards price each level). */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ComplexityLevel")
public enum ComplexityLevel {
    LOW, MEDIUM, HIGH
}
