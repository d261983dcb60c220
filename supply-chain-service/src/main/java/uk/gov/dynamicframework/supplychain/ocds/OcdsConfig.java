package uk.gov.dynamicframework.supplychain.ocds;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How supply chains are published as OCDS ({@code df.supply-chains.ocds.*}). */
@ConfigMapping(prefix = "df.supply-chains.ocds")
public interface OcdsConfig {

    /** The OCDS publisher prefix, for agreements recorded without an ocid. */
    @WithDefault("ocds-dfprob")
    String prefix();

    @WithDefault("HM Prison and Probation Service")
    String publisherName();

    /** Public base address of the API, for package URIs. */
    @WithDefault("https://dynamic-framework.service.gov.uk")
    String baseUri();
}
