package uk.gov.dynamicframework.competition.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** The framework's reference data (regions, police force areas, categories) loaded by the V1 migration. */
@ApplicationScoped
public class ReferenceData {

    private final EntityManager em;

    public ReferenceData(EntityManager em) {
        this.em = em;
    }

    public boolean isCategory(String code) {
        return exists("select count(*) from service_category where code = ?1", code);
    }

    public boolean isRegion(String code) {
        return exists("select count(*) from probation_region where code = ?1", code);
    }

    public boolean isArea(String gssCode) {
        return exists("select count(*) from police_force_area where gss_code = ?1", gssCode);
    }

    /** The police force areas of a probation region, in code order. */
    @SuppressWarnings("unchecked")
    public List<String> areasOfRegion(String regionCode) {
        return em.createNativeQuery("select gss_code from police_force_area where region_code = ?1 order by gss_code")
                .setParameter(1, regionCode).getResultList();
    }

    public Optional<String> areaName(String gssCode) {
        return name("select name from police_force_area where gss_code = ?1", gssCode);
    }

    public Optional<String> categoryName(String code) {
        return name("select name from service_category where code = ?1", code);
    }

    private Optional<String> name(String sql, String code) {
        return em.createNativeQuery(sql).setParameter(1, code).getResultStream().findFirst().map(Object::toString);
    }

    private boolean exists(String sql, String code) {
        return code != null && ((Number) em.createNativeQuery(sql).setParameter(1, code).getSingleResult()).longValue() > 0;
    }
}
