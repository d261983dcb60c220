package uk.gov.dynamicframework.contract.subcontractor;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.gov.dynamicframework.platform.events.CloudEvent;
import uk.gov.dynamicframework.platform.inbox.EventHandler;
import uk.gov.dynamicframework.platform.inbox.Inbox;

/**
 * Keeps {@link AgreementSubcontractor} from the supply-chain service's {@code df.subcontract.*} events (topic
 * {@code df.supply-chains.v1}), each applied exactly once; a stale snapshot (lower version) is dropped.
 */
@ApplicationScoped
public class SubcontractorViewUpdater implements EventHandler {

    static final String SUBCONTRACT_PREFIX = "df.subcontract.";
    static final String ENDED = "df.subcontract.ended";

    private final Inbox inbox;
    private final ObjectMapper mapper;
    private final Clock clock;

    public SubcontractorViewUpdater(Inbox inbox, ObjectMapper mapper, Clock clock) {
        this.inbox = inbox;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** The part of the supply-chain service's {@code SubcontractData} this service needs; other fields are ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SubcontractData(UUID subcontractId, UUID agreementId, UUID organisationId, String status, long version) {
    }

    @Incoming("supply-chains")
    @Blocking(ordered = true)
    public void onSupplyChainEvent(ConsumerRecord<String, String> record) {
        inbox.receive(this, record.topic(), record.value());
    }

    @Override
    public String name() {
        return "contract-subcontractor-view";
    }

    @Override
    public void handle(CloudEvent event) {
        if (!event.type().startsWith(SUBCONTRACT_PREFIX)) {
            return;
        }
        SubcontractData data = event.dataAs(SubcontractData.class, mapper);
        if (data.subcontractId() == null || data.agreementId() == null || data.organisationId() == null) {
            throw new IllegalArgumentException("Subcontract event " + event.id() + " lacks subcontractId, agreementId or organisationId");
        }
        AgreementSubcontractor view = AgreementSubcontractor.findById(data.subcontractId());
        if (view == null) {
            view = new AgreementSubcontractor();
            view.subcontractId = data.subcontractId();
        } else if (data.version() < view.sourceVersion) {
            return;
        }
        view.agreementId = data.agreementId();
        view.organisationId = data.organisationId();
        view.status = data.status() == null ? "UNKNOWN" : data.status();
        view.delivering = !event.type().equals(ENDED) && "CONFIRMED".equals(data.status());
        view.sourceVersion = data.version();
        view.updatedAt = clock.instant();
        view.persist();
    }
}
