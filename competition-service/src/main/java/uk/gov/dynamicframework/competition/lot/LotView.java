package uk.gov.dynamicframework.competition.lot;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.gov.dynamicframework.platform.money.Money;

/** A lot as published. */
public record LotView(UUID id, int number, String title, String category, String regionCode, List<String> areas,
        Money maxValue, FundingMechanism fundingMechanism, LocalDate contractStart, LocalDate contractEnd,
        List<String> requirements, Money minimumIncome, String contractType,
        List<EligiblePopulation> eligiblePopulation, List<ComplexityLevel> complexityLevels, Proportionality.Tier tier,
        Proportionality.EvidenceRules evidenceRules, Integer eligibleAtPublish, LotOutcome outcome, String outcomeReason) {

    public static LotView of(Lot lot) {
        return new LotView(lot.id, lot.number, lot.title, lot.category, lot.regionCode, lot.areas, Money.gbp(lot.maxValue),
                lot.fundingMechanism, lot.contractStart, lot.contractEnd, lot.requirements,
                lot.minimumIncome == null ? null : Money.gbp(lot.minimumIncome), lot.contractType, lot.eligiblePopulation,
                lot.complexityLevels, lot.tier(), Proportionality.rulesFor(lot.maxValue), lot.eligibleAtPublish,
                lot.outcome, lot.outcomeReason);
    }
}
