package uk.gov.dynamicframework.registry.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import uk.gov.dynamicframework.platform.outbox.OutboxEventWritten;
import uk.gov.dynamicframework.registry.organisation.OrganisationEvents;

/**
 * Keeps the directory's read model ({@code directory_provider}, {@code directory_listing}: see
 * {@code V10__directory_read_model.sql} and {@code V11__directory_listing_cards.sql}) in step with the registry, in
 * the transaction of each change: every organisation, provider and offer event the registry writes to its outbox
 * (keyed by organisation id) rebuilds that organisation's rows from the write model, so the directory never shows
 * what was not committed, nor misses it.
 */
@ApplicationScoped
public class DirectoryReadModel {

    private final EntityManager em;

    public DirectoryReadModel(EntityManager em) {
        this.em = em;
    }

    void onEventWritten(@Observes OutboxEventWritten event) {
        if (OrganisationEvents.TOPIC.equals(event.topic())) {
            refresh(UUID.fromString(event.aggregateId()));
        }
    }

    /** Rebuilds the directory rows of one organisation from what the current transaction sees. */
    public void refresh(UUID organisationId) {
        em.flush();
        em.createNativeQuery("select cast(directory_refresh(:id) as text)")
                .setParameter("id", organisationId).getSingleResult();
    }
}
