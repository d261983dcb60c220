package uk.gov.dynamicframework.competition.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Ranks the bids for a lot from their moderated scores. A criterion scored in percent contributes weight x percent;
 * price contributes weight x lowest price / price. Bids failing a pass/fail requirement, or not yet moderated, are
 * not ranked. Ties keep the earlier received bid first.
 */
public final class Ranking {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "RankingStanding")
    public enum Standing { RANKED, FAILED_REQUIREMENT, NOT_MODERATED }

    /** A bid's input to the ranking: its price and, once moderated, its final scores. */
    public record Entry(UUID bidId, UUID organisationId, BigDecimal price, Map<String, Integer> moderated,
            Map<String, Boolean> passFail) {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "LotRankedBid")
    public record RankedBid(UUID bidId, UUID organisationId, Integer rank, Standing standing, BigDecimal total,
            Map<String, BigDecimal> weightedScores, BigDecimal price) {
    }

    private Ranking() {
    }

    public static List<RankedBid> rank(List<Criterion> criteria, List<Entry> entries) {
        BigDecimal lowest = entries.stream().filter(e -> e.moderated() != null && passed(e)).map(Entry::price)
                .min(Comparator.naturalOrder()).orElse(null);
        List<RankedBid> scored = new ArrayList<>();
        List<RankedBid> unranked = new ArrayList<>();
        for (Entry e : entries) {
            if (e.moderated() == null) {
                unranked.add(new RankedBid(e.bidId(), e.organisationId(), null, Standing.NOT_MODERATED, null, Map.of(), e.price()));
                continue;
            }
            Map<String, BigDecimal> weighted = new LinkedHashMap<>();
            BigDecimal total = BigDecimal.ZERO;
            for (Criterion c : criteria) {
                BigDecimal w = BigDecimal.valueOf(c.weight());
                BigDecimal s = c.kind() == CriterionKind.PRICE
                        ? (lowest == null ? BigDecimal.ZERO : w.multiply(lowest).divide(e.price(), 2, RoundingMode.HALF_UP))
                        : w.multiply(BigDecimal.valueOf(e.moderated().getOrDefault(c.code(), 0)))
                                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                weighted.put(c.code(), s);
                total = total.add(s);
            }
            if (!passed(e)) {
                unranked.add(new RankedBid(e.bidId(), e.organisationId(), null, Standing.FAILED_REQUIREMENT, total, weighted, e.price()));
            } else {
                scored.add(new RankedBid(e.bidId(), e.organisationId(), null, Standing.RANKED, total, weighted, e.price()));
            }
        }
        List<RankedBid> result = new ArrayList<>();
        List<RankedBid> ordered = scored.stream().sorted(Comparator.comparing(RankedBid::total).reversed()).toList();
        for (int i = 0; i < ordered.size(); i++) {
            RankedBid r = ordered.get(i);
            result.add(new RankedBid(r.bidId(), r.organisationId(), i + 1, r.standing(), r.total(), r.weightedScores(), r.price()));
        }
        result.addAll(unranked);
        return result;
    }

    private static boolean passed(Entry e) {
        return e.passFail() == null || e.passFail().values().stream().allMatch(Boolean::booleanValue);
    }
}
