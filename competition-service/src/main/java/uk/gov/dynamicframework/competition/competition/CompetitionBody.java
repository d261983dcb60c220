package uk.gov.dynamicframework.competition.competition;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A commissioning body taking part in a competition, and what it contributes to the budget. */
@Entity
@Table(name = "competition_body")
@IdClass(CompetitionBody.Key.class)
public class CompetitionBody extends PanacheEntityBase {

    @Id
    @Column(name = "competition_id")
    public UUID competitionId;

    @Id
    @Column(name = "body_code")
    public String bodyCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CommissioningRole role;

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal budget;

    public static List<CompetitionBody> of(UUID competitionId) {
        return list("competitionId = ?1 order by role desc, bodyCode", competitionId);
    }

    public static class Key implements Serializable {
        public UUID competitionId;
        public String bodyCode;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(competitionId, k.competitionId)
                    && java.util.Objects.equals(bodyCode, k.bodyCode);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(competitionId, bodyCode);
        }
    }
}
