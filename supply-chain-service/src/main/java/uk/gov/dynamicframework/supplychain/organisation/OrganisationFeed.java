package uk.gov.dynamicframework.supplychain.organisation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.gov.dynamicframework.platform.events.CloudEvent;
import uk.gov.dynamicframework.platform.inbox.EventHandler;
import uk.gov.dynamicframework.platform.inbox.Inbox;
import uk.gov.dynamicframework.supplychain.analytics.DiversityMemberships;
import uk.gov.dynamicframework.supplychain.flag.FlagService;

/**
 * Keeps {@link SupplyChainOrganisation} and its attribute periods ({@link OrganisationPeriods}) from the registry's
 * organisation and provider events, each applied once; the read model of today's figures takes the organisation's
 * current attributes and name in the same transaction, and the flags that depend on its being voluntary or small are
 * evaluated again if that changed.
 */
@ApplicationScoped
public class OrganisationFeed implements EventHandler {

    /** The fields of the registry's organisation snapshot that analytics uses. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RegistrySnapshot(UUID organisationId, String name, String sector, String incomeBand,
            List<String> characteristics, List<String> localAreas, String town, String postcode, String frameworkStatus,
            long version) {
    }

    private final Inbox inbox;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final OrganisationPeriods periods;
    private final DiversityMemberships memberships;
    private final FlagService flags;

    public OrganisationFeed(Inbox inbox, ObjectMapper mapper, Clock clock, OrganisationPeriods periods,
            DiversityMemberships memberships, FlagService flags) {
        this.inbox = inbox;
        this.mapper = mapper;
        this.clock = clock;
        this.periods = periods;
        this.memberships = memberships;
        this.flags = flags;
    }

    @Incoming("organisations")
    @Blocking(ordered = true)
    public void onRegistryEvent(ConsumerRecord<String, String> record) {
        inbox.receive(this, record.topic(), record.value());
    }

    @Override
    public String name() {
        return "supply-chain-organisations";
    }

    @Override
    public void handle(CloudEvent event) {
        if (!event.type().startsWith("df.organisation.") && !event.type().startsWith("df.provider.")) {
            return;
        }
        RegistrySnapshot s = event.dataAs(RegistrySnapshot.class, mapper);
        SupplyChainOrganisation o = SupplyChainOrganisation.findById(s.organisationId());
        if (o != null && s.version() < o.sourceVersion) {
            return;
        }
        if (o == null) {
            o = new SupplyChainOrganisation();
            o.id = s.organisationId();
        }
        o.name = s.name();
        o.sector = s.sector();
        o.incomeBand = s.incomeBand();
        o.characteristics = s.characteristics() == null ? new String[0] : s.characteristics().toArray(String[]::new);
        o.town = s.town();
        o.postcode = s.postcode();
        o.frameworkStatus = s.frameworkStatus();
        o.sourceVersion = s.version();
        o.updatedAt = clock.instant();
        o.persist();
        OrganisationPeriods.Change change = periods.record(o.id, new OrganisationPeriods.Attributes(o.sector, o.incomeBand,
                List.of(o.characteristics), s.localAreas() == null ? List.of() : s.localAreas()), o.updatedAt);
        memberships.organisationChanged(o.id, o.name);
        if (change.any()) {
            flags.organisationChanged(o.id, change.voluntary(), change.small());
        }
    }
}
