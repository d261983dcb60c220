package uk.gov.dynamicframework.supplychain.flag;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/** Thresholds of the supply-chain flags ({@code df.supply-chains.flags.*}). */
@ConfigMapping(prefix = "df.supply-chains.flags")
public interface FlagsConfig {

    /** A lead provider's supply chains having the same organisation in at least this many areas raise a flag. */
    @WithDefault("5")
    int repeatedOrganisationAreas();

    /** Used for an agreement none of whose commissioning bodies set a small-organisation share threshold; 0 = no flag. */
    @WithDefault("0")
    BigDecimal defaultSmallOrganisationShare();

    /** How often the agreements whose last day has passed are evaluated again ({@link FlagSweep}); {@code off}: never. */
    @WithDefault("1h")
    String sweepEvery();
}
