package uk.gov.dynamicframework.contract.pipeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.dynamicframework.contract.ContractConfig;
import uk.gov.dynamicframework.contract.agreement.Agreement;
import uk.gov.dynamicframework.contract.agreement.AgreementKind;
import uk.gov.dynamicframework.contract.agreement.AgreementStatus;
import uk.gov.dynamicframework.contract.agreement.ConfidentialField;
import uk.gov.dynamicframework.platform.money.Money;
import uk.gov.dynamicframework.platform.paging.PageOf;
import uk.gov.dynamicframework.platform.reference.ReferenceCodes;

/** The re-commissioning pipeline: published agreements that have not ended and end within the window. */
@ApplicationScoped
public class PipelineService {

    private final EntityManager em;
    private final ReferenceCodes codes;
    private final ContractConfig config;
    private final Clock clock;

    public PipelineService(EntityManager em, ReferenceCodes codes, ContractConfig config, Clock clock) {
        this.em = em;
        this.codes = codes;
        this.config = config;
        this.clock = clock;
    }

    @Schema(name = "PipelineEntry")
    public record PipelineEntry(UUID agreementId, String reference, String title, AgreementKind kind,
            AgreementStatus status, String contractType, List<String> categories, String regionCode, List<String> areas,
            String owningBodyId, String leadProviderName, Money value, LocalDate startDate, LocalDate endDate,
            long daysRemaining) {
    }

    public PageOf<PipelineEntry> list(String regionCode, String category, Integer withinMonths, int page, int size) {
        LocalDate today = LocalDate.now(clock);
        LocalDate windowEnd = today.plusMonths(withinMonths != null ? withinMonths : config.pipelineWindowMonths());
        StringBuilder where = new StringBuilder(" where a.published and a.status in ('MOBILISING', 'LIVE', 'SUSPENDED')"
                + " and a.end_date >= :today and a.end_date <= :windowEnd");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("today", today);
        params.put("windowEnd", windowEnd);
        if (regionCode != null) {
            where.append(" and (a.region_code = :region or exists (select 1 from jsonb_array_elements_text(a.areas) x"
                    + " where x in (:regionAreas)))");
            params.put("region", regionCode);
            params.put("regionAreas", new ArrayList<>(codes.areasOfRegion(regionCode)));
        }
        if (category != null) {
            where.append(" and jsonb_exists(a.categories, :category)");
            params.put("category", category);
        }
        var query = em.createNativeQuery("select a.* from agreement a" + where + " order by a.end_date, a.reference", Agreement.class);
        var count = em.createNativeQuery("select count(*) from agreement a" + where);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        @SuppressWarnings("unchecked")
        List<Agreement> rows = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = ((Number) count.getSingleResult()).longValue();
        return new PageOf<>(rows.stream().map(a -> new PipelineEntry(a.id, a.reference, a.title, a.kind, a.status,
                a.contractType, List.copyOf(a.categories), a.regionCode, List.copyOf(a.areas), a.owningBodyId,
                a.leadProviderName, a.isConfidential(ConfidentialField.VALUE) ? null : Money.gbp(a.value), a.startDate,
                a.endDate, ChronoUnit.DAYS.between(today, a.endDate))).toList(), page, size, total);
    }
}
