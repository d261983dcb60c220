package uk.gov.dynamicframework.competition;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the competition service, under {@code df.competitions}; every one overridable by environment. */
@ConfigMapping(prefix = "df.competitions")
public interface CompetitionConfig {

    /** Eligible providers a lot needs to be published without an explicit override. */
    @WithDefault("3")
    int minimumEligibleProviders();

    /** Standstill period, in working days, when a competition does not set one. */
    @WithDefault("8")
    int defaultStandstillDays();

    /** Independent evaluators who must have scored a bid before moderation sets its final score. */
    @WithDefault("2")
    int minimumEvaluators();

    /** How often the deadline job looks for competitions to close or award (also read by its @Scheduled). */
    @WithDefault("30s")
    String deadlineCheckEvery();

    Ocds ocds();

    /**
     * Minimum periods of the framework this service runs (one framework per deployment, the one named by
     * {@code df.competitions.ocds.framework-ocid}), in line with the Procurement Act 2023 and its guidance. Shorter
     * periods need an override with a reason when publishing, shown in the notice.
     */
    Timelines timelines();

    interface Timelines {
        /** Days between publication and the submission deadline. */
        @WithDefault("10")
        int minimumTenderDays();

        /** Days between the clarification deadline and the submission deadline. */
        @WithDefault("1")
        int minimumClarificationGapDays();

        /** Working days (Monday to Friday) of standstill between the award decision and the award. */
        @WithDefault("8")
        int minimumStandstillWorkingDays();
    }

    interface Ocds {
        /** The OCDS publisher prefix registered with the Open Contracting Partnership. */
        @WithDefault("ocds-dfprob")
        String prefix();

        /** ocid of the dynamic framework (the DPS) every mini-competition is a call-off from. */
        @WithDefault("ocds-dfprob-DF-FRAMEWORK-2026")
        String frameworkOcid();

        @WithDefault("Probation rehabilitation and resettlement services dynamic framework")
        String frameworkTitle();

        @WithDefault("HM Prison and Probation Service")
        String publisherName();

        /** Public base address of the API, for package URIs. */
        @WithDefault("https://dynamic-framework.service.gov.uk")
        String baseUri();
    }
}
