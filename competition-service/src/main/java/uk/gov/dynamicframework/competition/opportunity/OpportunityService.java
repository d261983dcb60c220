package uk.gov.dynamicframework.competition.opportunity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.jboss.logging.Logger;
import uk.gov.dynamicframework.competition.body.CommissioningBody;
import uk.gov.dynamicframework.competition.competition.CompetitionAccess;
import uk.gov.dynamicframework.competition.lot.FundingMechanism;
import uk.gov.dynamicframework.competition.opportunity.OpportunityDtos.OpportunityRequest;
import uk.gov.dynamicframework.competition.opportunity.OpportunityDtos.OpportunitySubscriptionRequest;
import uk.gov.dynamicframework.competition.opportunity.OpportunityDtos.OpportunityView;
import uk.gov.dynamicframework.competition.opportunity.OpportunityEvents.OpportunityMatchedData;
import uk.gov.dynamicframework.competition.opportunity.OpportunityEvents.OpportunityPublishedData;
import uk.gov.dynamicframework.platform.outbox.Outbox;
import uk.gov.dynamicframework.platform.paging.PageOf;
import uk.gov.dynamicframework.platform.problem.ApiException;
import uk.gov.dynamicframework.platform.reference.ReferenceCodes;
import uk.gov.dynamicframework.platform.reference.ReferenceNumbers;
import uk.gov.dynamicframework.platform.security.Caller;
import uk.gov.dynamicframework.platform.security.Roles;

/** Pipeline notices, the subscriptions that tell providers about them, and follow-ons drafted for ending agreements. */
@ApplicationScoped
public class OpportunityService {

    /** Human references of opportunities: {@code DF-OPP-2026-00042}. */
    public static final String REFERENCE_PREFIX = "DF-OPP";

    private static final Logger LOG = Logger.getLogger(OpportunityService.class);

    private final ReferenceCodes reference;
    private final ReferenceNumbers references;
    private final Outbox outbox;
    private final Clock clock;

    public OpportunityService(ReferenceCodes reference, ReferenceNumbers references, Outbox outbox, Clock clock) {
        this.reference = reference;
        this.references = references;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Opportunity create(OpportunityRequest request, Caller caller) {
        String body = caller.commissioningBody().orElseThrow(
                () -> ApiException.forbidden("A commissioner token must name its commissioning body (claim body)"));
        if (CommissioningBody.findById(body) == null) {
            throw ApiException.rule("unknown-commissioning-body", "Commissioning body " + body + " is not registered");
        }
        boolean hasAreas = request.areas() != null && !request.areas().isEmpty();
        if (hasAreas == (request.regionCode() != null)) {
            throw ApiException.invalid("areas", "name either areas or a regionCode, not both");
        }
        Opportunity o = Opportunity.draft(references.next(REFERENCE_PREFIX), body, clock.instant(), caller.actor());
        o.regionCode = request.regionCode(); // codes are checked by @KnownCode on the request
        o.areas = new ArrayList<>(hasAreas ? reference.areasOf(request.areas()) : reference.areasOf(request.regionCode()));
        o.title = request.title().trim();
        o.description = request.description();
        o.category = request.category();
        o.indicativeValue = request.indicativeValue().amount();
        o.fundingMechanism = request.fundingMechanism() == null ? FundingMechanism.GRANT : request.fundingMechanism();
        o.contractType = request.contractType();
        o.expectedPublication = request.expectedPublication();
        o.expectedAward = request.expectedAward();
        o.expectedStart = request.expectedStart();
        o.persist();
        return o;
    }

    /** What an agreement nearing its end says about the follow-on to draft. */
    public record FollowOn(UUID agreementId, String agreementReference, String owningBodyId, String leadProviderName,
            FundingMechanism fundingMechanism, String contractType, String category, String regionCode,
            List<String> areas, BigDecimal value, LocalDate endDate) {
    }

    /**
     * Drafts (never publishes) the follow-on opportunity of an agreement nearing its end, for its owning commissioning
     * body, linked to the agreement; nothing if one was drafted already, so the same agreement never drafts two.
     * Throws (so the event is parked for an operator) when the owning body is not registered here.
     */
    @Transactional
    public Optional<Opportunity> draftFollowOn(FollowOn followOn) {
        if (Opportunity.count("agreementId", followOn.agreementId()) > 0) {
            return Optional.empty();
        }
        if (followOn.owningBodyId() == null || CommissioningBody.findById(followOn.owningBodyId()) == null) {
            throw new IllegalStateException("Agreement " + followOn.agreementReference() + " is owned by "
                    + followOn.owningBodyId() + ", not a commissioning body registered here: register it, then replay");
        }
        Instant now = clock.instant();
        Opportunity o = Opportunity.draft(references.next(REFERENCE_PREFIX), followOn.owningBodyId(), now,
                CompetitionAccess.SERVICE_ACTOR);
        o.agreementId = followOn.agreementId();
        o.agreementReference = followOn.agreementReference();
        o.title = "Follow-on to " + followOn.agreementReference();
        o.description = "Drafted when agreement " + followOn.agreementReference()
                + (followOn.leadProviderName() == null ? "" : " with " + followOn.leadProviderName())
                + " entered its re-commissioning window; it ends on " + followOn.endDate() + ".";
        o.category = followOn.category();
        o.regionCode = followOn.regionCode();
        List<String> areas = followOn.areas() == null ? List.of() : followOn.areas();
        o.areas = new ArrayList<>(areas.isEmpty() ? reference.areasOf(followOn.regionCode()) : new TreeSet<>(areas));
        o.indicativeValue = followOn.value();
        o.fundingMechanism = followOn.fundingMechanism() == null ? FundingMechanism.GRANT : followOn.fundingMechanism();
        o.contractType = followOn.contractType();
        o.expectedStart = followOn.endDate() == null ? null : followOn.endDate().plusDays(1);
        o.persist();
        LOG.infof("Drafted follow-on opportunity %s for agreement %s (body %s)", o.reference,
                followOn.agreementReference(), o.ownerBody);
        return Optional.of(o);
    }

    /** Publishes the notice and one event for each subscription it matches, so other systems can notify providers. */
    @Transactional
    public Opportunity publish(UUID id, Caller caller) {
        Opportunity o = find(id);
        caller.require(caller.commissioningBody().filter(o.ownerBody::equals).isPresent(),
                "Only commissioners of " + o.ownerBody + " publish this opportunity");
        o.publish(clock.instant(), caller.actor());
        Opportunity.getEntityManager().flush(); // the version after publication goes into the events
        outbox.publish(OpportunityEvents.TOPIC, OpportunityEvents.PUBLISHED, o.id.toString(), OpportunityPublishedData.of(o));
        List<OpportunitySubscription> subscriptions = OpportunitySubscription.listAll();
        for (OpportunitySubscription s : subscriptions) {
            List<String> matched = s.matches(o);
            if (!matched.isEmpty()) {
                outbox.publish(OpportunityEvents.TOPIC, OpportunityEvents.SUBSCRIPTION_MATCHED, o.id.toString(),
                        OpportunityMatchedData.of(o, s, matched));
            }
        }
        return o;
    }

    public Opportunity find(UUID id) {
        Opportunity o = Opportunity.findById(id);
        if (o == null) {
            throw ApiException.notFound("Opportunity", id);
        }
        return o;
    }

    public Opportunity findVisible(UUID id, Caller caller) {
        Opportunity o = find(id);
        if (o.status == OpportunityStatus.DRAFT && caller.commissioningBody().filter(o.ownerBody::equals).isEmpty()
                && !caller.hasAnyRole(Roles.FRAMEWORK_ADMIN, Roles.AUDITOR)) {
            throw ApiException.notFound("Opportunity", id);
        }
        return o;
    }

    /**
     * Published opportunities for everyone; with {@code status=DRAFT}, the drafts of the caller's own commissioning body
     * (every draft for the framework team and auditors, none for anyone else). {@code agreementId} finds the follow-on
     * of an agreement.
     */
    public PageOf<OpportunityView> list(String category, String area, OpportunityStatus status, UUID agreementId,
            Caller caller, int page, int size) {
        StringBuilder q = new StringBuilder("status = :status");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("status", status == null ? OpportunityStatus.PUBLISHED : status);
        if (status == OpportunityStatus.DRAFT && !caller.hasAnyRole(Roles.FRAMEWORK_ADMIN, Roles.AUDITOR)) {
            q.append(" and ownerBody = :body");
            params.put("body", caller.hasRole(Roles.COMMISSIONER) ? caller.commissioningBody().orElse("") : "");
        }
        if (category != null) {
            q.append(" and category = :category");
            params.put("category", category);
        }
        if (agreementId != null) {
            q.append(" and agreementId = :agreementId");
            params.put("agreementId", agreementId);
        }
        var query = Opportunity.<Opportunity>find(q + " order by coalesce(publishedAt, createdAt) desc, id", params);
        List<OpportunityView> items = query.list().stream().filter(o -> area == null || o.areas.contains(area))
                .map(OpportunityView::of).toList();
        int from = Math.min(items.size(), page * size);
        return new PageOf<>(items.subList(from, Math.min(items.size(), from + size)), page, size, items.size());
    }

    @Transactional
    public OpportunitySubscription subscribe(OpportunitySubscriptionRequest request, Caller caller) {
        UUID org = caller.organisationUuid()
                .orElseThrow(() -> ApiException.forbidden("A provider token must name its organisation (claim org_id)"));
        OpportunitySubscription s = new OpportunitySubscription();
        s.id = UUID.randomUUID();
        s.organisationId = org;
        s.categories = new ArrayList<>(new TreeSet<>(request.categories()));
        s.areas = new ArrayList<>(new TreeSet<>(request.areas()));
        s.createdAt = clock.instant();
        s.createdBy = caller.actor();
        s.persist();
        return s;
    }

    public List<OpportunitySubscription> subscriptions(Caller caller) {
        UUID org = caller.organisationUuid()
                .orElseThrow(() -> ApiException.forbidden("A provider token must name its organisation (claim org_id)"));
        return OpportunitySubscription.list("organisationId = ?1 order by createdAt", org);
    }

    @Transactional
    public void unsubscribe(UUID id, Caller caller) {
        OpportunitySubscription s = OpportunitySubscription.findById(id);
        if (s == null || !caller.actsFor(s.organisationId)) {
            throw ApiException.notFound("Opportunity subscription", id);
        }
        s.delete();
    }
}
