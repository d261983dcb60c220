package uk.gov.dynamicframework.registry.application;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.gov.dynamicframework.platform.persistence.RowLocks;
import uk.gov.dynamicframework.platform.paging.PageOf;
import uk.gov.dynamicframework.platform.problem.ApiException;
import uk.gov.dynamicframework.platform.security.Caller;
import uk.gov.dynamicframework.platform.security.Roles;
import uk.gov.dynamicframework.registry.offer.ServiceOfferService;
import uk.gov.dynamicframework.registry.organisation.FrameworkStatus;
import uk.gov.dynamicframework.registry.organisation.IdentifierClaimService;
import uk.gov.dynamicframework.registry.organisation.Organisation;
import uk.gov.dynamicframework.registry.organisation.OrganisationEvents;
import uk.gov.dynamicframework.registry.organisation.OrganisationEvents.Decision;
import uk.gov.dynamicframework.registry.organisation.OrganisationService;

/** Applications to join the framework and the framework team's decisions on them. */
@ApplicationScoped
public class FrameworkApplicationService {

    private final OrganisationService organisations;
    private final ServiceOfferService offers;
    private final IdentifierClaimService identifierClaims;
    private final Clock clock;

    public FrameworkApplicationService(OrganisationService organisations, ServiceOfferService offers,
            IdentifierClaimService identifierClaims, Clock clock) {
        this.organisations = organisations;
        this.offers = offers;
        this.identifierClaims = identifierClaims;
        this.clock = clock;
    }

    @Transactional
    public FrameworkApplication submit(FrameworkApplicationRequest request, Caller caller) {
        Organisation organisation = lockedOrganisation(request.organisationId());
        caller.require(caller.actsFor(organisation.id),
                "Only the organisation itself may apply to join the framework for it");
        FrameworkApplication.liveOf(organisation.id).ifPresent(live -> {
            throw ApiException.conflict("Organisation " + organisation.id + " already has a live application ("
                    + live.status + "): " + live.id).with("existingApplicationId", live.id).with("status", live.status);
        });
        Instant now = clock.instant();
        FrameworkApplication application = FrameworkApplication.submit(organisation.id, request.criteria(),
                caller.actor(), now);
        application.persist();
        organisations.applicationSubmitted(organisation, caller.actor(), now);
        return application;
    }

    @Transactional
    public FrameworkApplication qualify(UUID id, String reason, Caller caller) {
        FrameworkApplication application = find(id);
        identifierClaims.requireNoConflict(application.organisationId);
        Instant now = clock.instant();
        FrameworkDecision decision = application.qualify(reason, caller.actor(), now);
        statusChanged(application, decision, FrameworkStatus.QUALIFIED, OrganisationEvents.QUALIFIED);
        return application;
    }

    @Transactional
    public FrameworkApplication reject(UUID id, String reason, Caller caller) {
        FrameworkApplication application = find(id);
        FrameworkDecision decision = application.reject(reason, caller.actor(), clock.instant());
        statusChanged(application, decision, FrameworkStatus.REJECTED, OrganisationEvents.REJECTED);
        return application;
    }

    @Transactional
    public FrameworkApplication suspend(UUID id, String reason, LocalDate until, Caller caller) {
        FrameworkApplication application = find(id);
        FrameworkDecision decision = application.suspend(reason, until, caller.actor(), clock.instant());
        statusChanged(application, decision, FrameworkStatus.SUSPENDED, OrganisationEvents.SUSPENDED);
        return application;
    }

    @Transactional
    public FrameworkApplication reinstate(UUID id, String reason, Caller caller) {
        FrameworkApplication application = find(id);
        FrameworkDecision decision = application.reinstate(reason, caller.actor(), clock.instant());
        statusChanged(application, decision, FrameworkStatus.QUALIFIED, OrganisationEvents.REINSTATED);
        return application;
    }

    /** Removes a provider from the framework; its offers are withdrawn, since they can never count again. */
    @Transactional
    public FrameworkApplication remove(UUID id, String reason, Caller caller) {
        FrameworkApplication application = find(id);
        FrameworkDecision decision = application.remove(reason, caller.actor(), clock.instant());
        statusChanged(application, decision, FrameworkStatus.REMOVED, OrganisationEvents.REMOVED);
        offers.withdrawAllOf(application.organisationId, "Provider removed from the framework: " + reason,
                decision.decidedBy, decision.decidedAt);
        return application;
    }

    /** The organisation itself, the framework team and auditors may read an application and its evidence. */
    public FrameworkApplication read(UUID id, Caller caller) {
        FrameworkApplication application = FrameworkApplication.findById(id);
        if (application == null) {
            throw ApiException.notFound("Framework application", id);
        }
        boolean allowed = caller.hasAnyRole(Roles.FRAMEWORK_ADMIN, Roles.AUDITOR)
                || organisations.organisationOf(caller).filter(application.organisationId::equals).isPresent();
        caller.require(allowed, "Only the organisation itself, the framework team and auditors may read an application");
        return application;
    }

    /** The framework team and auditors see every application; a provider sees only its own organisation's. */
    public PageOf<FrameworkApplication> list(ApplicationStatus status, UUID organisationId, int page, int size,
            Caller caller) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (!caller.hasAnyRole(Roles.FRAMEWORK_ADMIN, Roles.AUDITOR)) {
            UUID own = organisations.organisationOf(caller).orElseThrow(
                    () -> ApiException.forbidden("The token names no organisation"));
            caller.require(organisationId == null || organisationId.equals(own),
                    "Providers may list only their own organisation's applications");
            organisationId = own;
        }
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        if (organisationId != null) {
            where.add("organisationId = :organisationId");
            params.and("organisationId", organisationId);
        }
        var query = FrameworkApplication.<FrameworkApplication>find(String.join(" and ", where),
                Sort.by("submittedAt").and("id"), params);
        return new PageOf<>(query.page(page, size).list(), page, size, query.count());
    }

    private void statusChanged(FrameworkApplication application, FrameworkDecision decision, FrameworkStatus status,
            String eventType) {
        Organisation organisation = lockedOrganisation(application.organisationId);
        organisations.frameworkStatusChanged(organisation, status, eventType, decision.action.name(),
                Decision.of(decision.reason, decision.until, decision.decidedBy, decision.decidedAt));
    }

    private FrameworkApplication find(UUID id) {
        FrameworkApplication application = RowLocks.find(FrameworkApplication.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (application == null) {
            throw ApiException.notFound("Framework application", id);
        }
        return application;
    }

    private static Organisation lockedOrganisation(UUID id) {
        Organisation organisation = RowLocks.find(Organisation.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (organisation == null) {
            throw ApiException.notFound("Organisation", id);
        }
        return organisation;
    }
}
