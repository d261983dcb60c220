package uk.gov.dynamicframework.competition.opportunity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import uk.gov.dynamicframework.competition.body.CommissioningBody;
import uk.gov.dynamicframework.competition.competition.CompetitionEvents;
import uk.gov.dynamicframework.platform.money.Money;
import uk.gov.dynamicframework.competition.lot.FundingMechanism;
import uk.gov.dynamicframework.competition.opportunity.OpportunityDtos.OpportunityMatchedData;
import uk.gov.dynamicframework.competition.opportunity.OpportunityDtos.OpportunityPublishedData;
import uk.gov.dynamicframework.competition.opportunity.OpportunityDtos.OpportunityRequest;
import uk.gov.dynamicframework.competition.opportunity.OpportunityDtos.OpportunitySubscriptionRequest;
import uk.gov.dynamicframework.competition.opportunity.OpportunityDtos.OpportunityView;
import uk.gov.dynamicframework.competition.reference.ReferenceData;
import uk.gov.dynamicframework.platform.outbox.Outbox;
import uk.gov.dynamicframework.platform.paging.PageOf;
import uk.gov.dynamicframework.platform.problem.ApiException;
import uk.gov.dynamicframework.platform.problem.Problem.FieldViolation;
import uk.gov.dynamicframework.platform.security.Caller;
import uk.gov.dynamicframework.platform.security.Roles;

/** Pipeline notices and the subscriptions that tell providers about them. */
@ApplicationScoped
public class OpportunityService {

    private final EntityManager em;
    private final ReferenceData reference;
    private final Outbox outbox;
    private final Clock clock;

    public OpportunityService(EntityManager em, ReferenceData reference, Outbox outbox, Clock clock) {
        this.em = em;
        this.reference = reference;
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
        List<FieldViolation> invalid = new ArrayList<>();
        if (!reference.isCategory(request.category())) {
            invalid.add(new FieldViolation("category", "is not a service category code"));
        }
        Instant now = clock.instant();
        Opportunity o = new Opportunity(); // what the request names; the draft itself is made below once it is valid
        boolean hasAreas = request.areas() != null && !request.areas().isEmpty();
        if (hasAreas == (request.regionCode() != null)) {
            invalid.add(new FieldViolation("areas", "name either areas or a regionCode, not both"));
        } else if (request.regionCode() != null) {
            if (!reference.isRegion(request.regionCode())) {
                invalid.add(new FieldViolation("regionCode", "is not a probation region code"));
            } else {
                o.regionCode = request.regionCode();
                o.areas = new ArrayList<>(reference.areasOfRegion(request.regionCode()));
            }
        } else {
            request.areas().stream().filter(a -> !reference.isArea(a))
                    .forEach(a -> invalid.add(new FieldViolation("areas", a + " is not a police force area GSS code")));
            o.areas = new ArrayList<>(new TreeSet<>(request.areas()));
        }
        if (!invalid.isEmpty()) {
            throw ApiException.invalid("The opportunity is not valid", invalid);
        }
        long seq = ((Number) em.createNativeQuery("select nextval('opportunity_reference_seq')").getSingleResult()).longValue();
        Opportunity draft = Opportunity.draft("DF-OPP-%d-%05d".formatted(now.atZone(ZoneOffset.UTC).getYear(), seq), body,
                now, caller.actor());
        draft.regionCode = o.regionCode;
        draft.areas = o.areas;
        o = draft;
        o.title = request.title().trim();
        o.description = request.description();
        o.category = request.category();
        o.indicativeValue = request.indicativeValue().amount();
        o.fundingMechanism = request.fundingMechanism() == null ? FundingMechanism.GRANT : request.fundingMechanism();
        o.expectedPublication = request.expectedPublication();
        o.expectedAward = request.expectedAward();
        o.expectedStart = request.expectedStart();
        o.persist();
        return o;
    }

    /** Publishes the notice and one event for each subscription it matches, so other systems can notify providers. */
    @Transactional
    public Opportunity publish(UUID id, Caller caller) {
        Opportunity o = find(id);
        caller.require(caller.commissioningBody().filter(o.ownerBody::equals).isPresent(),
                "Only commissioners of " + o.ownerBody + " publish this opportunity");
        Instant now = clock.instant();
        o.publish(now, caller.actor());
        outbox.publish(CompetitionEvents.TOPIC, CompetitionEvents.OPPORTUNITY_PUBLISHED, o.id.toString(),
                new OpportunityPublishedData(o.id, o.reference, o.ownerBody, o.title, o.category, o.regionCode, o.areas,
                        Money.gbp(o.indicativeValue), o.fundingMechanism, o.expectedPublication, o.expectedAward,
                        o.expectedStart, now));
        List<OpportunitySubscription> subscriptions = OpportunitySubscription.listAll();
        for (OpportunitySubscription s : subscriptions) {
            List<String> matched = s.matches(o);
            if (!matched.isEmpty()) {
                outbox.publish(CompetitionEvents.TOPIC, CompetitionEvents.OPPORTUNITY_MATCHED, o.id.toString(),
                        new OpportunityMatchedData(s.id, s.organisationId, o.id, o.reference, o.title, o.category, matched, now));
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

    public PageOf<OpportunityView> listPublished(String category, String area, int page, int size) {
        StringBuilder q = new StringBuilder("status = ?1");
        List<Object> params = new ArrayList<>(List.of(OpportunityStatus.PUBLISHED));
        if (category != null) {
            params.add(category);
            q.append(" and category = ?").append(params.size());
        }
        var query = Opportunity.<Opportunity>find(q + " order by publishedAt desc, id", params.toArray());
        List<OpportunityView> items = query.list().stream().filter(o -> area == null || o.areas.contains(area))
                .map(OpportunityView::of).toList();
        int from = Math.min(items.size(), page * size);
        return new PageOf<>(items.subList(from, Math.min(items.size(), from + size)), page, size, items.size());
    }

    @Transactional
    public OpportunitySubscription subscribe(OpportunitySubscriptionRequest request, Caller caller) {
        UUID org = caller.organisationUuid()
                .orElseThrow(() -> ApiException.forbidden("A provider token must name its organisation (claim org_id)"));
        List<FieldViolation> invalid = new ArrayList<>();
        request.categories().stream().filter(c -> !reference.isCategory(c))
                .forEach(c -> invalid.add(new FieldViolation("categories", c + " is not a service category code")));
        request.areas().stream().filter(a -> !reference.isArea(a))
                .forEach(a -> invalid.add(new FieldViolation("areas", a + " is not a police force area GSS code")));
        if (!invalid.isEmpty()) {
            throw ApiException.invalid("The subscription is not valid", invalid);
        }
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
