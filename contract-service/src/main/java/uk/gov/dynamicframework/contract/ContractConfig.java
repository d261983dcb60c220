package uk.gov.dynamicframework.contract;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the contract service, under {@code df.contracts}; every one overridable by environment. */
@ConfigMapping(prefix = "df.contracts")
public interface ContractConfig {

    /** How often the lifecycle job looks for agreements to go live, expire or enter the pipeline (read by its @Scheduled). */
    @WithDefault("60s")
    String lifecycleCheckEvery();

    /** Agreements ending within this many months are in the re-commissioning pipeline (and get ending-soon once). */
    @WithDefault("12")
    int pipelineWindowMonths();

    Publication publication();

    interface Publication {
        /** The OCDS publisher prefix registered with the Open Contracting Partnership (the competitions' ocids use it). */
        @WithDefault("ocds-dfprob")
        String ocdsPrefix();

        /** The 360Giving identifier prefix of the framework's grant-maker. */
        @WithDefault("360G-dfprob")
        String grantPrefix();

        @WithDefault("HM Prison and Probation Service")
        String publisherName();

        /** Public base address of the API, for package URIs. */
        @WithDefault("https://dynamic-framework.service.gov.uk")
        String baseUri();
    }
}
