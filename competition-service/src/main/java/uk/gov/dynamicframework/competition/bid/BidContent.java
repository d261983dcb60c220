package uk.gov.dynamicframework.competition.bid;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What a bid says, sealed until the deadline: prices per lot, answers, proposed supply-chain partners. */
public record BidContent(List<LotPrice> lots, Map<String, String> answers, List<Partner> supplyChainPartners) {

    public record LotPrice(UUID lotId, BigDecimal price) {
    }

    /** A registered organisation proposed as subcontractor and its share of the work, in percent. */
    public record Partner(UUID organisationId, BigDecimal share) {
    }
}
