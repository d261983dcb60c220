package uk.gov.dynamicframework.contract.agreement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.gov.dynamicframework.contract.agreement.AgreementParts.Terms;

/** One entry of an agreement's history: what changed, who decided, why and from when. Never updated. */
@Entity
@Table(name = "agreement_change")
public class AgreementChange extends PanacheEntityBase {

    public enum Kind {
        CREATED, ACTIVATED, VARIED, EXTENDED, SUSPENDED, REINSTATED, TERMINATED, EXPIRED, GRANT_TERMS_SET,
        DISCLOSURE_CHANGED
    }

    @Id
    public UUID id;
    @Column(name = "agreement_id", nullable = false)
    public UUID agreementId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;
    public String rationale;
    @Column(name = "effective_date")
    public LocalDate effectiveDate;
    @Column(name = "decided_by", nullable = false)
    public String decidedBy;
    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "terms_before", columnDefinition = "jsonb")
    public Terms termsBefore;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "terms_after", columnDefinition = "jsonb", nullable = false)
    public Terms termsAfter;
    @Column(name = "version_after", nullable = false)
    public long versionAfter;

    static AgreementChange record(Agreement a, Kind kind, Terms before, String rationale, LocalDate effectiveDate,
            String by, Instant at) {
        AgreementChange c = new AgreementChange();
        c.id = UUID.randomUUID();
        c.agreementId = a.id;
        c.kind = kind;
        c.rationale = rationale;
        c.effectiveDate = effectiveDate;
        c.decidedBy = by;
        c.decidedAt = at;
        c.termsBefore = before;
        c.termsAfter = a.terms();
        c.versionAfter = a.version;
        c.persist();
        return c;
    }
}
