package uk.gov.dynamicframework.competition.clarification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import uk.gov.dynamicframework.platform.problem.ApiException;

/** A question an eligible provider asked; once answered, published to every eligible provider without the asker. */
@Entity
@Table(name = "clarification")
public class Clarification extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "competition_id", nullable = false)
    public UUID competitionId;

    /** Never shown to other providers nor published. */
    @Column(name = "asked_by_org", nullable = false)
    public UUID askedByOrganisation;

    @Column(name = "asked_by", nullable = false)
    public String askedBy;

    @Column(name = "asked_at", nullable = false)
    public Instant askedAt;

    @Column(nullable = false)
    public String question;

    public String answer;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "answered_by")
    public String answeredBy;

    public boolean isAnswered() {
        return answeredAt != null;
    }

    /** Answers (and so publishes) the question, once; who and when are recorded. */
    public void answer(String text, Instant now, String actor) {
        if (isAnswered()) {
            throw ApiException.conflict("The clarification is already answered and published");
        }
        answer = text;
        answeredAt = now;
        answeredBy = actor;
    }
}
