package uk.gov.dynamicframework.registry.offer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import uk.gov.dynamicframework.platform.persistence.RowLocks;
import uk.gov.dynamicframework.platform.outbox.Outbox;
import uk.gov.dynamicframework.platform.paging.PageOf;
import uk.gov.dynamicframework.platform.problem.ApiException;
import uk.gov.dynamicframework.platform.reference.ReferenceCodes;
import uk.gov.dynamicframework.platform.security.Caller;
import uk.gov.dynamicframework.platform.security.Roles;
import uk.gov.dynamicframework.registry.organisation.FrameworkStatus;
import uk.gov.dynamicframework.registry.organisation.Organisation;
import uk.gov.dynamicframework.registry.organisation.OrganisationEvents;
import uk.gov.dynamicframework.registry.organisation.OrganisationEvents.ServiceOfferEventData;
import uk.gov.dynamicframework.registry.organisation.OrganisationService;

/** Publishing and withdrawing service offers; who may see which. */
@ApplicationScoped
public class ServiceOfferService {

    private final OrganisationService organisations;
    private final ReferenceCodes reference;
    private final Outbox outbox;
    private final EntityManager em;
    private final Clock clock;

    public ServiceOfferService(OrganisationService organisations, ReferenceCodes reference, Outbox outbox,
            EntityManager em, Clock clock) {
        this.organisations = organisations;
        this.reference = reference;
        this.outbox = outbox;
        this.em = em;
        this.clock = clock;
    }

    /** A qualified, unsuspended provider (or the framework team for it) publishes an offer. */
    @Transactional
    public ServiceOffer publish(ServiceOfferRequest request, Caller caller) {
        Organisation organisation = RowLocks.find(Organisation.class, request.organisationId(), LockModeType.PESSIMISTIC_READ);
        if (organisation == null) {
            throw ApiException.notFound("Organisation", request.organisationId());
        }
        caller.require(caller.isFrameworkAdmin() || caller.actsFor(organisation.id),
                "Providers may publish offers only for their own organisation");
        if (organisation.frameworkStatus != FrameworkStatus.QUALIFIED) {
            throw ApiException.rule("provider-not-qualified", "Only qualified providers publish offers; organisation "
                    + organisation.id + " is " + organisation.frameworkStatus)
                    .with("frameworkStatus", organisation.frameworkStatus);
        }
        Set<String> named = new TreeSet<>(request.areas());
        Set<String> regions = new TreeSet<>(request.regions());
        Set<String> covered = new TreeSet<>(named);
        covered.addAll(reference.areasOf(regions));
        ServiceOffer offer = ServiceOffer.publish(organisation.id, request.category(), named, regions, covered,
                new LinkedHashSet<>(request.cohorts()), blankToNull(request.description()), caller.actor(),
                clock.instant());
        offer.persist();
        publish(offer, OrganisationEvents.OFFER_PUBLISHED);
        return offer;
    }

    @Transactional
    public ServiceOffer withdraw(UUID id, String reason, Caller caller) {
        ServiceOffer offer = RowLocks.find(ServiceOffer.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (offer == null) {
            throw ApiException.notFound("Service offer", id);
        }
        Organisation organisation = organisations.find(offer.organisationId);
        caller.require(caller.isFrameworkAdmin() || caller.actsFor(organisation.id),
                "Providers may withdraw only their own organisation's offers");
        offer.withdraw(blankToNull(reason), caller.actor(), clock.instant());
        publish(offer, OrganisationEvents.OFFER_WITHDRAWN);
        return offer;
    }

    /** Withdraws every published offer of an organisation, in the caller's transaction (used on removal). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawAllOf(UUID organisationId, String reason, String by, Instant at) {
        List<ServiceOffer> published = ServiceOffer.list("organisationId = ?1 and status = ?2 order by publishedAt",
                organisationId, OfferStatus.PUBLISHED);
        for (ServiceOffer offer : published) {
            offer.withdraw(reason, by, at);
            publish(offer, OrganisationEvents.OFFER_WITHDRAWN);
        }
    }

    /** Public while published by a qualified provider; otherwise only for the organisation, framework team, auditors. */
    public ServiceOffer read(UUID id, Caller caller) {
        ServiceOffer offer = ServiceOffer.findById(id);
        if (offer == null) {
            throw ApiException.notFound("Service offer", id);
        }
        Organisation organisation = organisations.find(offer.organisationId);
        boolean isPublic = offer.status == OfferStatus.PUBLISHED && organisation.frameworkStatus.isActive();
        if (!isPublic && !organisations.canSeeEverything(organisation, caller)) {
            throw ApiException.notFound("Service offer", id);
        }
        return offer;
    }

    public PageOf<ServiceOffer> list(UUID organisationId, String category, String area, OfferStatus status, int page,
            int size, Caller caller) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!caller.hasAnyRole(Roles.FRAMEWORK_ADMIN, Roles.AUDITOR)) {
            Optional<UUID> own = organisations.organisationOf(caller);
            String publicOffers = "(s.status = :published and exists (select 1 from Organisation o where o.id = "
                    + "s.organisationId and o.frameworkStatus = :qualified))";
            params.put("published", OfferStatus.PUBLISHED);
            params.put("qualified", FrameworkStatus.QUALIFIED);
            if (own.isPresent()) {
                where.add("(" + publicOffers + " or s.organisationId = :own)");
                params.put("own", own.get());
            } else {
                where.add(publicOffers);
            }
        }
        if (organisationId != null) {
            where.add("s.organisationId = :organisationId");
            params.put("organisationId", organisationId);
        }
        if (category != null) {
            where.add("s.category = :category");
            params.put("category", category);
        }
        if (area != null) {
            where.add(":area member of s.coveredAreas");
            params.put("area", area);
        }
        if (status != null) {
            where.add("s.status = :status");
            params.put("status", status);
        }
        String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        var query = em.createQuery("select s from ServiceOffer s" + condition + " order by s.publishedAt, s.id",
                ServiceOffer.class);
        var count = em.createQuery("select count(s) from ServiceOffer s" + condition, Long.class);
        params.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<ServiceOffer> items = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new PageOf<>(items, page, size, count.getSingleResult());
    }

    private void publish(ServiceOffer offer, String type) {
        ServiceOffer.flush();
        outbox.publish(OrganisationEvents.TOPIC, type, offer.organisationId.toString(), ServiceOfferEventData.of(offer));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
