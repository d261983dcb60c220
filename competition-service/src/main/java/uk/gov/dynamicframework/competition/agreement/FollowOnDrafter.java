package uk.gov.dynamicframework.competition.agreement;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.gov.dynamicframework.competition.lot.FundingMechanism;
import uk.gov.dynamicframework.competition.opportunity.OpportunityService;
import uk.gov.dynamicframework.competition.opportunity.OpportunityService.FollowOn;
import uk.gov.dynamicframework.platform.events.CloudEvent;
import uk.gov.dynamicframework.platform.inbox.EventHandler;
import uk.gov.dynamicframework.platform.inbox.Inbox;

/**
 * Re-commissioning: when contract-service says an agreement entered its ending-soon window, drafts (never publishes)
 * the follow-on opportunity for the agreement's owning commissioning body, so no service lapses. Each event is applied
 * once (platform inbox) and an agreement never drafts two; an event that cannot be applied is parked for an operator.
 */
@ApplicationScoped
public class FollowOnDrafter implements EventHandler {

    private final Inbox inbox;
    private final ObjectMapper mapper;
    private final OpportunityService opportunities;

    public FollowOnDrafter(Inbox inbox, ObjectMapper mapper, OpportunityService opportunities) {
        this.inbox = inbox;
        this.mapper = mapper;
        this.opportunities = opportunities;
    }

    @Incoming("agreements")
    @Blocking(ordered = true) // the inbox uses JDBC; ordered keeps each agreement's events in their order
    public void onAgreementEvent(ConsumerRecord<String, String> record) {
        inbox.receive(this, record.topic(), record.value());
    }

    @Override
    public String name() {
        return "competition-follow-on-drafter";
    }

    @Override
    public void handle(CloudEvent event) {
        if (!AgreementEvents.ENDING_SOON.equals(event.type())) {
            return;
        }
        var a = event.dataAs(AgreementEvents.AgreementData.class, mapper);
        if (a.agreementId() == null || a.reference() == null || a.categories() == null || a.categories().isEmpty()
                || a.value() == null) {
            throw new IllegalArgumentException("Ending-soon event " + event.id()
                    + " lacks agreementId, reference, categories or value");
        }
        FundingMechanism mechanism = "CONTRACT".equals(a.kind()) ? FundingMechanism.CONTRACT : FundingMechanism.GRANT;
        opportunities.draftFollowOn(new FollowOn(a.agreementId(), a.reference(), a.owningBodyId(),
                a.leadProvider() == null ? null : a.leadProvider().name(), mechanism, a.contractType(),
                a.categories().get(0), a.regionCode(), a.areas(), a.value().amount(), a.endDate()));
    }
}
