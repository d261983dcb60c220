package uk.gov.dynamicframework.registry.organisation;

/** Where an organisation stands on the framework, following its latest application. */
public enum FrameworkStatus {
    NOT_APPLIED, APPLIED, QUALIFIED, SUSPENDED, REJECTED, REMOVED;

    /** Whether its offers are public and count for eligibility. */
    public boolean isActive() {
        return this == QUALIFIED;
    }
}
