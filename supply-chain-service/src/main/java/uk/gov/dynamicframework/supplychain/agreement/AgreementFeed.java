package uk.gov.dynamicframework.supplychain.agreement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.gov.dynamicframework.platform.events.CloudEvent;
import uk.gov.dynamicframework.platform.inbox.EventHandler;
import uk.gov.dynamicframework.platform.inbox.Inbox;
import uk.gov.dynamicframework.platform.reference.ReferenceCodes;
import uk.gov.dynamicframework.supplychain.subcontract.SupplyChainService;

/**
 * Keeps {@link Agreement} and its periods from the contract service's events ({@value #TOPIC}), each applied once:
 * an agreement created opens its supply chain with the partners proposed in the bid; a variation or extension is
 * followed (shares left above the value raise a flag, nothing is deleted); a termination ends its periods, so its
 * supply chain stops counting in the figures and flags from the termination's effective date.
 */
@ApplicationScoped
public class AgreementFeed implements EventHandler {

    public static final String TOPIC = "df.agreements.v1";
    public static final String PREFIX = "df.agreement.";
    public static final String CREATED = "df.agreement.created";
    /** The status of an agreement ended early: in force until the day before the terminated event's effective date. */
    static final String TERMINATED = "TERMINATED";

    /** What this service reads of the contract service's {@code AgreementData}; anything else is ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AgreementData(UUID agreementId, String reference, String ocid, String kind, String status,
            Party leadProvider, List<Body> commissioningBodies, String owningBodyId, String contractType,
            List<String> categories, String regionCode, List<String> areas, Amount value, LocalDate startDate,
            LocalDate endDate, List<Partner> proposedSupplyChain, LocalDate effectiveDate, long version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Party(UUID organisationId, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Body(String bodyId, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Partner(UUID organisationId, String name, Amount share) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Amount(BigDecimal amount, String currency) {
    }

    private final Inbox inbox;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final ReferenceCodes codes;
    private final AgreementPeriods periods;
    private final SupplyChainService chains;

    public AgreementFeed(Inbox inbox, ObjectMapper mapper, Clock clock, ReferenceCodes codes, AgreementPeriods periods,
            SupplyChainService chains) {
        this.inbox = inbox;
        this.mapper = mapper;
        this.clock = clock;
        this.codes = codes;
        this.periods = periods;
        this.chains = chains;
    }

    @Incoming("agreements")
    @Blocking(ordered = true)
    public void onAgreementEvent(ConsumerRecord<String, String> record) {
        inbox.receive(this, record.topic(), record.value());
    }

    @Override
    public String name() {
        return "supply-chain-agreements";
    }

    @Override
    public void handle(CloudEvent event) {
        if (!event.type().startsWith(PREFIX)) {
            return; // rate cards, call-offs and performance returns change nothing here
        }
        AgreementData d = event.dataAs(AgreementData.class, mapper);
        if (d.agreementId() == null || d.leadProvider() == null || d.leadProvider().organisationId() == null
                || d.value() == null || d.value().amount() == null || d.startDate() == null || d.endDate() == null) {
            if (!event.type().equals(CREATED) && d.agreementId() != null && Agreement.findById(d.agreementId()) != null) {
                return; // an event of an agreement already known that carries no full snapshot: nothing to follow
            }
            throw new IllegalArgumentException("Agreement event " + event.id() + " lacks agreementId, leadProvider, value or dates");
        }
        Agreement a = Agreement.findById(d.agreementId(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        boolean created = a == null;
        if (!created && d.version() < a.sourceVersion) {
            return;
        }
        if (created) {
            a = new Agreement();
            a.id = d.agreementId();
        }
        BigDecimal oldValue = a.value;
        LocalDate oldStart = a.startDate;
        LocalDate oldLastDay = created ? null : a.lastDay();
        String[] oldAreas = a.areas;
        String[] oldCategories = a.categories;
        a.reference = d.reference();
        a.ocid = d.ocid();
        a.kind = d.kind();
        a.status = d.status() == null ? "UNKNOWN" : d.status();
        a.leadProviderId = d.leadProvider().organisationId();
        a.leadProviderName = d.leadProvider().name();
        a.owningBodyId = d.owningBodyId();
        Set<String> bodies = new LinkedHashSet<>();
        if (d.owningBodyId() != null) {
            bodies.add(d.owningBodyId());
        }
        if (d.commissioningBodies() != null) {
            d.commissioningBodies().stream().map(Body::bodyId).filter(Objects::nonNull).forEach(bodies::add);
        }
        a.bodyIds = bodies.toArray(String[]::new);
        a.contractType = d.contractType();
        a.categories = d.categories() == null ? new String[0] : d.categories().toArray(String[]::new);
        a.regionCode = d.regionCode();
        Set<String> areas = codes.areasOf(d.areas() == null || d.areas().isEmpty()
                ? (d.regionCode() == null ? List.of() : List.of(d.regionCode())) : d.areas());
        if (areas.isEmpty() && d.areas() != null) {
            areas = new java.util.TreeSet<>(d.areas()); // codes this service does not know are kept as sent
        }
        a.areas = areas.toArray(String[]::new);
        a.value = d.value().amount().setScale(2, java.math.RoundingMode.HALF_UP);
        a.startDate = d.startDate();
        a.endDate = d.endDate();
        a.sourceVersion = d.version();
        a.updatedAt = clock.instant();
        LocalDate eventDate = event.time() == null ? LocalDate.now(clock) : LocalDate.ofInstant(event.time(), ZoneOffset.UTC);
        LocalDate effectiveDate = d.effectiveDate() != null ? d.effectiveDate() : eventDate;
        if (TERMINATED.equals(a.status)) {
            a.terminated(effectiveDate, event.type().equals(PREFIX + "terminated"));
        }
        a.persist();

        boolean factsChanged = created || a.value.compareTo(oldValue) != 0 || !a.startDate.equals(oldStart)
                || !a.lastDay().equals(oldLastDay) || !Arrays.equals(a.areas, oldAreas)
                || !Arrays.equals(a.categories, oldCategories);
        if (factsChanged) {
            periods.replaceFrom(a, created || !a.startDate.equals(oldStart) ? a.startDate : effectiveDate);
        }
        if (created) {
            chains.open(a, d.proposedSupplyChain() == null ? List.of() : d.proposedSupplyChain().stream()
                    .filter(p -> p.organisationId() != null)
                    .map(p -> new SupplyChainService.ProposedPartner(p.organisationId(), p.name(),
                            p.share() == null ? null : p.share().amount()))
                    .toList());
        } else {
            chains.agreementChanged(a, List.of(oldAreas));
        }
    }
}
