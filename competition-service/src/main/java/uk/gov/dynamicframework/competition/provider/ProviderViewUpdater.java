package uk.gov.dynamicframework.competition.provider;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.gov.dynamicframework.platform.events.CloudEvent;
import uk.gov.dynamicframework.platform.inbox.EventHandler;
import uk.gov.dynamicframework.platform.inbox.Inbox;

/** Keeps {@link Provider} up to date from the registry's events, each applied exactly once. */
@ApplicationScoped
public class ProviderViewUpdater implements EventHandler {

    private final Inbox inbox;
    private final ObjectMapper mapper;
    private final Clock clock;

    public ProviderViewUpdater(Inbox inbox, ObjectMapper mapper, Clock clock) {
        this.inbox = inbox;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Incoming("organisations") // batch=true: the records of a poll, applied in one transaction
    @Blocking(ordered = true) // the inbox uses JDBC; ordered keeps each organisation's events in their order
    public void onOrganisationEvents(ConsumerRecords<String, String> records) {
        inbox.receiveAll(this, records);
    }

    @Override
    public String name() {
        return "competition-provider-view";
    }

    @Override
    public void handle(CloudEvent event) {
        if (event.type().equals(ProviderEvents.OFFER_PUBLISHED) || event.type().equals(ProviderEvents.OFFER_WITHDRAWN)) {
            applyOffer(event);
            return;
        }
        if (!event.type().startsWith(ProviderEvents.ORGANISATION_PREFIX) && !event.type().startsWith(ProviderEvents.PROVIDER_PREFIX)) {
            return;
        }
        var snapshot = event.dataAs(ProviderEvents.OrganisationSnapshot.class, mapper);
        Provider provider = Provider.findById(snapshot.organisationId());
        if (provider == null) {
            provider = new Provider();
            provider.id = snapshot.organisationId();
            provider.sourceVersion = -1;
        }
        if (snapshot.version() < provider.sourceVersion) {
            return;
        }
        provider.name = snapshot.name();
        provider.legalIdentifiers = snapshot.legalIdentifiers();
        provider.sector = snapshot.sector();
        provider.incomeBand = snapshot.incomeBand();
        provider.frameworkStatus = snapshot.frameworkStatus();
        provider.statusReason = snapshot.decision() == null ? null : snapshot.decision().reason();
        provider.sourceVersion = snapshot.version();
        provider.updatedAt = clock.instant();
        provider.persist();
    }

    private void applyOffer(CloudEvent event) {
        var data = event.dataAs(ProviderEvents.OfferData.class, mapper);
        if (data.offerId() == null || data.organisationId() == null || data.category() == null) {
            throw new IllegalArgumentException("Offer event " + event.id() + " lacks offerId, organisationId or category");
        }
        ProviderOffer offer = ProviderOffer.findById(data.offerId());
        if (offer == null) {
            offer = new ProviderOffer();
            offer.offerId = data.offerId();
        } else if (offer.withdrawnAt != null && event.type().equals(ProviderEvents.OFFER_PUBLISHED)) {
            return; // a withdrawn offer is never published again: the registry publishes a new offer instead
        }
        offer.organisationId = data.organisationId();
        offer.category = data.category();
        offer.areas = data.areas() == null ? new ArrayList<>() : new ArrayList<>(data.areas());
        offer.regions = data.regions() == null ? new ArrayList<>() : new ArrayList<>(data.regions());
        offer.cohorts = data.cohorts() == null ? new ArrayList<>() : new ArrayList<>(data.cohorts());
        offer.publishedAt = data.publishedAt();
        if (event.type().equals(ProviderEvents.OFFER_WITHDRAWN)) {
            offer.withdrawnAt = data.withdrawnAt() != null ? data.withdrawnAt() : clock.instant();
        }
        offer.persist();
    }
}
