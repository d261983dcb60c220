package uk.gov.dynamicframework.contract.agreement;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.gov.dynamicframework.platform.events.CloudEvent;
import uk.gov.dynamicframework.platform.inbox.EventHandler;
import uk.gov.dynamicframework.platform.inbox.Inbox;

/**
 * Makes one agreement per awarded lot from competition-service's {@code df.competition.awarded} events (topic
 * {@code df.competitions.v1}). The inbox applies each event once; the unique award id makes a second event about
 * the same award (a replay, a re-publication) a no-op. An award that cannot become an agreement (no winner, end
 * before start) is parked by the inbox for the operators.
 */
@ApplicationScoped
public class AwardedAgreements implements EventHandler {

    static final String AWARDED = "df.competition.awarded";

    private final Inbox inbox;
    private final ObjectMapper mapper;
    private final AgreementService agreements;

    public AwardedAgreements(Inbox inbox, ObjectMapper mapper, AgreementService agreements) {
        this.inbox = inbox;
        this.mapper = mapper;
        this.agreements = agreements;
    }

    /** What this service reads of competition-service's {@code AwardedData}; unknown members are ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AwardedData(UUID awardId, UUID competitionId, String reference, String ocid, String title, Lot lot,
            Winner winner, Amount value, String fundingMechanism, LocalDate contractStart, LocalDate contractEnd,
            Instant awardedAt, List<Partner> supplyChainPartners, List<Body> commissioningBodies, String contractType,
            List<String> eligiblePopulation, List<String> complexityLevels, Long version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Lot(UUID lotId, int number, String title, String category, String regionCode, List<String> areas) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Winner(UUID organisationId, String name, List<String> legalIdentifiers) {
    }

    /** A proposed subcontractor and its share of the work in percent. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Partner(UUID organisationId, String name, List<String> legalIdentifiers, BigDecimal share) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Body(@JsonAlias({ "code", "id" }) String bodyId, String name, String kind, String role,
            @JsonAlias({ "budgetShare", "share" }) Amount budget) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Amount(BigDecimal amount, String currency) {
    }

    @Incoming("competitions")
    @Blocking(ordered = true)
    public void onCompetitionEvent(ConsumerRecord<String, String> record) {
        inbox.receive(this, record.topic(), record.value());
    }

    @Override
    public String name() {
        return "contract-agreements-from-awards";
    }

    @Override
    public void handle(CloudEvent event) {
        if (!event.type().equals(AWARDED)) {
            return;
        }
        AwardedData d = event.dataAs(AwardedData.class, mapper);
        if (d.awardId() == null || d.lot() == null || d.lot().category() == null || d.winner() == null
                || d.winner().organisationId() == null || d.value() == null || d.value().amount() == null
                || d.contractStart() == null || d.contractEnd() == null || d.commissioningBodies() == null
                || d.commissioningBodies().isEmpty() || d.commissioningBodies().stream().anyMatch(b -> b.bodyId() == null)) {
            throw new IllegalArgumentException("Award event " + event.id() + " lacks the award id, lot, winner, value, "
                    + "contract dates or commissioning bodies an agreement needs");
        }
        if (d.contractEnd().isBefore(d.contractStart()) || d.value().amount().signum() < 0) {
            throw new IllegalArgumentException("Award event " + event.id() + " ends before it starts or has a negative value");
        }
        agreements.fromAward(d);
    }
}
