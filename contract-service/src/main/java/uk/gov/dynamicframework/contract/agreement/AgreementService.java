package uk.gov.dynamicframework.contract.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import uk.gov.dynamicframework.contract.agreement.AgreementChange.Kind;
import uk.gov.dynamicframework.contract.agreement.AgreementParts.BodyShare;
import uk.gov.dynamicframework.contract.agreement.AgreementParts.SupplyChainMember;
import uk.gov.dynamicframework.contract.agreement.AgreementParts.Terms;
import uk.gov.dynamicframework.contract.agreement.AgreementRequests.BodyRole;
import uk.gov.dynamicframework.contract.agreement.AgreementRequests.DecisionRequest;
import uk.gov.dynamicframework.contract.agreement.AgreementRequests.DisclosureRequest;
import uk.gov.dynamicframework.contract.agreement.AgreementRequests.ExtensionRequest;
import uk.gov.dynamicframework.contract.agreement.AgreementRequests.RecordAgreementRequest;
import uk.gov.dynamicframework.contract.agreement.AgreementRequests.VariationRequest;
import uk.gov.dynamicframework.contract.agreement.AgreementViews.AgreementView;
import uk.gov.dynamicframework.contract.agreement.AgreementViews.BodyShareView;
import uk.gov.dynamicframework.contract.agreement.AgreementViews.ChangeView;
import uk.gov.dynamicframework.contract.agreement.AgreementViews.LeadProviderView;
import uk.gov.dynamicframework.contract.agreement.AgreementViews.LifecycleView;
import uk.gov.dynamicframework.contract.agreement.AgreementViews.SupplyChainMemberView;
import uk.gov.dynamicframework.contract.agreement.AwardedAgreements.AwardedData;
import uk.gov.dynamicframework.contract.audit.AuditAction;
import uk.gov.dynamicframework.contract.audit.AuditTrail;
import uk.gov.dynamicframework.contract.calloff.CallOffOrder;
import uk.gov.dynamicframework.platform.money.Money;
import uk.gov.dynamicframework.platform.outbox.Outbox;
import uk.gov.dynamicframework.platform.paging.PageOf;
import uk.gov.dynamicframework.platform.problem.ApiException;
import uk.gov.dynamicframework.platform.reference.ReferenceCodes;
import uk.gov.dynamicframework.platform.reference.ReferenceNumbers;
import uk.gov.dynamicframework.platform.security.Caller;
import uk.gov.dynamicframework.platform.web.Preconditions;

/** Agreements: made from awards or recorded, their lifecycle, variations and extensions, each with its event. */
@ApplicationScoped
public class AgreementService {

    static final String REFERENCE_PREFIX = "DF-AGR";
    static final String SYSTEM = "system";
    static final String SYSTEM_ROLE = "SYSTEM";

    /** The audit action of each decided change. */
    private static final Map<Kind, AuditAction> AUDITED = Map.of(Kind.VARIED, AuditAction.AGREEMENT_VARIED,
            Kind.EXTENDED, AuditAction.AGREEMENT_EXTENDED, Kind.SUSPENDED, AuditAction.AGREEMENT_SUSPENDED,
            Kind.REINSTATED, AuditAction.AGREEMENT_REINSTATED, Kind.TERMINATED, AuditAction.AGREEMENT_TERMINATED);

    private final EntityManager em;
    private final Outbox outbox;
    private final ReferenceNumbers references;
    private final ReferenceCodes codes;
    private final Clock clock;
    private final AuditTrail audit;

    public AgreementService(EntityManager em, Outbox outbox, ReferenceNumbers references, ReferenceCodes codes, Clock clock,
            AuditTrail audit) {
        this.em = em;
        this.outbox = outbox;
        this.references = references;
        this.codes = codes;
        this.clock = clock;
        this.audit = audit;
    }

    // ---- creation ----

    /** The agreement of an awarded lot; an award already made into an agreement gives that agreement again. */
    @Transactional
    public Agreement fromAward(AwardedData d) {
        Agreement existing = Agreement.byAward(d.awardId());
        if (existing != null) {
            return existing;
        }
        Agreement a = new Agreement();
        a.awardId = d.awardId();
        a.competitionId = d.competitionId();
        a.lotId = d.lot().lotId();
        a.ocid = d.ocid();
        a.kind = "GRANT".equals(d.fundingMechanism()) ? AgreementKind.GRANT : AgreementKind.CONTRACT;
        a.title = d.lot().title() == null || d.lot().title().isBlank() ? d.title() : d.title() + ": " + d.lot().title();
        a.description = "Awarded in competition " + d.reference() + ", lot " + d.lot().number();
        a.leadProviderId = d.winner().organisationId();
        a.leadProviderName = d.winner().name();
        a.leadProviderIdentifiers = new ArrayList<>(Objects.requireNonNullElse(d.winner().legalIdentifiers(), List.of()));
        for (var b : d.commissioningBodies()) {
            // consented in competition-service before the award: party to the agreement from the start
            a.commissioningBodies.add(BodyShare.accepted(b.bodyId(), b.name(), b.kind(), b.role(),
                    b.budget() == null ? null : b.budget().amount()));
        }
        a.owningBodyId = d.commissioningBodies().stream().filter(b -> "OWNER".equals(b.role())).map(b -> b.bodyId())
                .findFirst().orElse(d.commissioningBodies().get(0).bodyId());
        a.contractType = d.contractType();
        a.categories = new ArrayList<>(List.of(d.lot().category()));
        a.regionCode = d.lot().regionCode();
        a.areas = new ArrayList<>(Objects.requireNonNullElse(d.lot().areas(), List.of()));
        a.value = d.value().amount();
        a.startDate = d.contractStart();
        a.endDate = d.contractEnd();
        a.eligiblePopulation = new ArrayList<>(Objects.requireNonNullElse(d.eligiblePopulation(), List.of()));
        a.complexityLevels = new ArrayList<>(Objects.requireNonNullElse(d.complexityLevels(), List.of()));
        for (var p : Objects.requireNonNullElse(d.supplyChainPartners(), List.<AwardedAgreements.Partner>of())) {
            a.proposedSupplyChain.add(new SupplyChainMember(p.organisationId(), p.name(),
                    Objects.requireNonNullElse(p.legalIdentifiers(), List.of()), p.share(), shareOf(a.value, p.share())));
        }
        a.grantTerms = a.kind == AgreementKind.GRANT ? GrantTerms.standard() : null;
        a.published = true;
        a.awardedAt = d.awardedAt();
        return create(a, SYSTEM, SYSTEM_ROLE, "Made from award " + d.awardId() + " of competition " + d.reference());
    }

    /** An agreement let before the platform existed, recorded by the framework team under the same rules. */
    @Transactional
    public Agreement record(RecordAgreementRequest r, Caller caller) {
        long owners = r.commissioningBodies().stream().filter(b -> b.role() == BodyRole.OWNER).count();
        if (owners != 1) {
            throw ApiException.invalid("commissioningBodies", "exactly one body must have role OWNER (found " + owners + ")");
        }
        if (r.commissioningBodies().stream().map(b -> b.bodyId()).distinct().count() != r.commissioningBodies().size()) {
            throw ApiException.invalid("commissioningBodies", "each body may appear once");
        }
        if (r.kind() == AgreementKind.CONTRACT && r.grantTerms() != null) {
            throw ApiException.invalid("grantTerms", "only a grant has grant terms");
        }
        Agreement.checkTerms(r.value().amount(), r.startDate(), r.endDate());
        Agreement a = new Agreement();
        a.ocid = r.ocid();
        a.kind = r.kind();
        a.title = r.title();
        a.description = r.description();
        a.leadProviderId = r.leadProvider().organisationId();
        a.leadProviderName = r.leadProvider().name();
        a.leadProviderIdentifiers = new ArrayList<>(Objects.requireNonNullElse(r.leadProvider().legalIdentifiers(), List.of()));
        // the owning body is party to it; every other named body is invited until its commissioner accepts
        Instant now = clock.instant();
        r.commissioningBodies().forEach(b -> a.commissioningBodies.add(b.role() == BodyRole.OWNER
                ? BodyShare.accepted(b.bodyId(), b.name(), b.kind(), b.role().name(), b.share() == null ? null : b.share().amount())
                : BodyShare.invited(b.bodyId(), b.name(), b.kind(), b.role().name(), b.share() == null ? null : b.share().amount(),
                        now, caller.actor())));
        a.owningBodyId = r.commissioningBodies().stream().filter(b -> b.role() == BodyRole.OWNER).findFirst().orElseThrow().bodyId();
        a.contractType = r.contractType();
        a.categories = new ArrayList<>(r.categories());
        a.regionCode = r.regionCode();
        List<String> areas = r.areas() == null || r.areas().isEmpty() ? List.copyOf(codes.areasOf(r.regionCode())) : r.areas();
        if (r.regionCode() != null) {
            List<String> outside = areas.stream().filter(x -> !codes.areasOfRegion(r.regionCode()).contains(x)).toList();
            if (!outside.isEmpty()) {
                throw ApiException.invalid("areas", "areas " + outside + " are not in region " + r.regionCode());
            }
        }
        if (areas.isEmpty()) {
            throw ApiException.invalid("areas", "give the areas served, or a regionCode for the whole region");
        }
        a.areas = new ArrayList<>(areas);
        a.value = r.value().amount();
        a.startDate = r.startDate();
        a.endDate = r.endDate();
        a.eligiblePopulation = new ArrayList<>(Objects.requireNonNullElse(r.eligiblePopulation(), List.of()));
        a.complexityLevels = new ArrayList<>(Objects.requireNonNullElse(r.complexityLevels(), List.<AgreementRequests.Complexity>of())
                .stream().map(Enum::name).toList());
        Objects.requireNonNullElse(r.proposedSupplyChain(), List.<AgreementRequests.SupplyChainPartnerRequest>of())
                .forEach(p -> a.proposedSupplyChain.add(new SupplyChainMember(p.organisationId(), p.name(), List.of(),
                        p.sharePercent(), shareOf(a.value, p.sharePercent()))));
        a.grantTerms = a.kind == AgreementKind.GRANT ? Objects.requireNonNullElse(r.grantTerms(), GrantTerms.standard()) : null;
        a.published = r.published() == null || r.published();
        a.confidentialFields = new ArrayList<>(Objects.requireNonNullElse(r.confidentialFields(), List.of()));
        a.contacts = new ArrayList<>(Objects.requireNonNullElse(r.contacts(), List.of()));
        return create(a, caller.actor(), "FRAMEWORK_ADMIN", "Recorded by the framework team");
    }

    private Agreement create(Agreement a, String actor, String role, String rationale) {
        a.id = UUID.randomUUID();
        a.reference = references.next(REFERENCE_PREFIX);
        a.status = AgreementStatus.MOBILISING;
        a.createdAt = clock.instant();
        a.createdBy = actor;
        a.persist();
        em.flush();
        AgreementChange.record(a, Kind.CREATED, null, rationale, a.startDate, actor, a.createdAt);
        audit.record(a.id, AuditAction.AGREEMENT_CREATED, actor, role, null, rationale, "reference", a.reference,
                "status", a.status, "terms", a.terms(), "awardId", a.awardId, "published", a.published,
                "confidentialFields", a.confidentialFields);
        for (BodyShare b : a.commissioningBodies) {
            if (b.status() == InvitationStatus.INVITED) {
                audit.record(a.id, AuditAction.CO_COMMISSIONER_INVITED, actor, role, b.bodyId(), null,
                        "name", b.name(), "share", b.share());
            }
        }
        outbox.publish(AgreementEvents.TOPIC, AgreementEvents.CREATED, a.id.toString(), AgreementEvents.AgreementData.of(a));
        return a;
    }

    private static BigDecimal shareOf(BigDecimal value, BigDecimal percent) {
        return percent == null ? null : value.multiply(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    // ---- reading ----

    public PageOf<Agreement> list(AgreementStatus status, AgreementKind kind, String bodyId, UUID leadProviderId,
            UUID competitionId, AgreementAccess access, int page, int size) {
        Caller caller = access.caller();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (!access.readsAll()) {
            where.append(" and (a.published");
            if (access.isBuyer() && caller.hasRole(uk.gov.dynamicframework.platform.security.Roles.COMMISSIONER)) {
                where.append(" or a.commissioning_bodies @> cast(:mine as jsonb)");
                params.put("mine", "[{\"bodyId\": " + jsonString(caller.commissioningBody().orElseThrow()) + "}]");
            }
            if (caller.hasRole(uk.gov.dynamicframework.platform.security.Roles.PROVIDER) && caller.organisationUuid().isPresent()) {
                where.append(" or a.lead_provider_id = :org or exists (select 1 from agreement_subcontractor s"
                        + " where s.agreement_id = a.id and s.organisation_id = :org and s.delivering)");
                params.put("org", caller.organisationUuid().get());
            }
            where.append(")");
        }
        if (status != null) {
            where.append(" and a.status = :status");
            params.put("status", status.name());
        }
        if (kind != null) {
            where.append(" and a.kind = :kind");
            params.put("kind", kind.name());
        }
        if (bodyId != null) {
            where.append(" and a.commissioning_bodies @> cast(:body as jsonb)");
            params.put("body", "[{\"bodyId\": " + jsonString(bodyId) + "}]");
        }
        if (leadProviderId != null) {
            where.append(" and a.lead_provider_id = :lead");
            params.put("lead", leadProviderId);
        }
        if (competitionId != null) {
            where.append(" and a.competition_id = :competition");
            params.put("competition", competitionId);
        }
        var query = em.createNativeQuery("select a.* from agreement a" + where + " order by a.created_at desc, a.id", Agreement.class);
        var count = em.createNativeQuery("select count(*) from agreement a" + where);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        @SuppressWarnings("unchecked")
        List<Agreement> items = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = ((Number) count.getSingleResult()).longValue();
        return new PageOf<>(items, page, size, total);
    }

    private static String jsonString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    public PageOf<ChangeView> history(Agreement a, int page, int size) {
        var q = AgreementChange.<AgreementChange>find("agreementId = ?1 order by decidedAt, versionAfter", a.id);
        return new PageOf<>(q.page(page, size).list().stream().map(ChangeView::of).toList(), page, size, q.count());
    }

    public AgreementView view(Agreement a, AgreementAccess access) {
        return view(a, access, () -> CallOffOrder.committed(a.id));
    }

    /** The views of a page of agreements, with what is committed against each read in one statement. */
    public PageOf<AgreementView> views(PageOf<Agreement> agreements, AgreementAccess access) {
        Map<UUID, BigDecimal> committed = CallOffOrder.committed(agreements.items().stream().map(a -> a.id).toList());
        return agreements.map(a -> view(a, access, () -> committed.get(a.id)));
    }

    private AgreementView view(Agreement a, AgreementAccess access, Supplier<BigDecimal> committedSoFar) {
        boolean full = access.readsInFull(a);
        boolean valueShown = full || !a.isConfidential(ConfidentialField.VALUE);
        boolean spendShown = full || (access.isBuyer() && a.published);
        BigDecimal committed = spendShown || valueShown ? committedSoFar.get() : null;
        boolean sharesShown = full || !a.isConfidential(ConfidentialField.SUPPLY_CHAIN_SHARES);
        GrantTerms terms = a.grantTerms == null ? null
                : full || !a.isConfidential(ConfidentialField.GRANT_TERMS) ? a.grantTerms
                : new GrantTerms(a.grantTerms.paymentSchedule(), null, null);
        return new AgreementView(a.id, a.reference, a.ocid, a.competitionId, a.awardId, a.lotId, a.kind, a.status,
                a.title, a.description,
                new LeadProviderView(a.leadProviderId, a.leadProviderName, List.copyOf(a.leadProviderIdentifiers)),
                a.commissioningBodies.stream().map(b -> new BodyShareView(b.bodyId(), b.name(), b.kind(), b.role(),
                        valueShown && b.share() != null ? Money.gbp(b.share()) : null, b.status(), b.respondedAt())).toList(),
                a.owningBodyId, a.contractType, List.copyOf(a.categories), a.regionCode, List.copyOf(a.areas),
                valueShown ? Money.gbp(a.value) : null,
                valueShown || spendShown ? Money.gbp(committed) : null,
                valueShown || spendShown ? Money.gbp(a.value.subtract(committed).max(BigDecimal.ZERO)) : null,
                a.startDate, a.endDate, List.copyOf(a.eligiblePopulation), List.copyOf(a.complexityLevels),
                a.proposedSupplyChain.stream().map(m -> new SupplyChainMemberView(m.organisationId(), m.name(),
                        sharesShown ? m.sharePercent() : null,
                        sharesShown && valueShown && m.share() != null ? Money.gbp(m.share()) : null)).toList(),
                terms, a.published, full ? List.copyOf(a.confidentialFields) : null, full ? List.copyOf(a.contacts) : null,
                new LifecycleView(a.createdAt, full ? a.createdBy : null, a.awardedAt, a.activatedAt, a.suspendedAt,
                        a.suspensionReason, a.reinstatedAt, a.endedAt, a.endReason),
                full ? a.endingSoonAt : null, a.version, full ? "FULL" : "PUBLIC");
    }

    // ---- decisions of the commissioners ----

    @Transactional
    public Agreement suspend(UUID id, String ifMatch, DecisionRequest r, AgreementAccess access) {
        Agreement a = managed(id, ifMatch, access);
        Terms before = a.terms();
        a.suspend(clock.instant(), access.caller().actor(), r.rationale());
        return changed(a, Kind.SUSPENDED, AgreementEvents.SUSPENDED, before, r.rationale(), effective(r.effectiveDate()), access);
    }

    @Transactional
    public Agreement reinstate(UUID id, String ifMatch, DecisionRequest r, AgreementAccess access) {
        Agreement a = managed(id, ifMatch, access);
        Terms before = a.terms();
        a.reinstate(clock.instant(), access.caller().actor());
        return changed(a, Kind.REINSTATED, AgreementEvents.REINSTATED, before, r.rationale(), effective(r.effectiveDate()), access);
    }

    @Transactional
    public Agreement terminate(UUID id, String ifMatch, DecisionRequest r, AgreementAccess access) {
        Agreement a = managed(id, ifMatch, access);
        Terms before = a.terms();
        a.terminate(clock.instant(), access.caller().actor(), r.rationale());
        return changed(a, Kind.TERMINATED, AgreementEvents.TERMINATED, before, r.rationale(), effective(r.effectiveDate()), access);
    }

    /** Under the agreement's row lock, so no call-off order can commit more while the value goes down. */
    @Transactional
    public Agreement vary(UUID id, String ifMatch, VariationRequest r, AgreementAccess access) {
        if (r.value() == null && r.startDate() == null && r.endDate() == null && r.categories() == null && r.areas() == null) {
            throw ApiException.invalid("value", "a variation changes at least one of value, startDate, endDate, categories, areas");
        }
        Agreement a = managed(id, ifMatch, access);
        if (r.areas() != null && a.regionCode != null) {
            List<String> outside = r.areas().stream().filter(x -> !codes.areasOfRegion(a.regionCode).contains(x)).toList();
            if (!outside.isEmpty()) {
                throw ApiException.invalid("areas", "areas " + outside + " are not in region " + a.regionCode);
            }
        }
        Terms before = a.terms();
        BigDecimal committed = CallOffOrder.committed(a.id);
        try {
            a.vary(r.value() == null ? null : r.value().amount(), r.startDate(), r.endDate(), r.categories(), r.areas(), committed);
        } catch (ApiException e) {
            if ("below-committed".equals(e.slug())) {
                e.with("committedSpend", Money.gbp(committed)).with("requestedValue", r.value());
            }
            throw e;
        }
        return changed(a, Kind.VARIED, AgreementEvents.VARIED, before, r.rationale(), r.effectiveDate(), access);
    }

    @Transactional
    public Agreement extend(UUID id, String ifMatch, ExtensionRequest r, AgreementAccess access) {
        Agreement a = managed(id, ifMatch, access);
        Terms before = a.terms();
        a.extend(r.newEndDate(), r.additionalValue() == null ? null : r.additionalValue().amount());
        return changed(a, Kind.EXTENDED, AgreementEvents.EXTENDED, before, r.rationale(), r.effectiveDate(), access);
    }

    @Transactional
    public Agreement setGrantTerms(UUID id, String ifMatch, GrantTerms terms, AgreementAccess access) {
        Agreement a = managed(id, ifMatch, access);
        if (a.kind != AgreementKind.GRANT) {
            throw ApiException.rule("not-a-grant", "Agreement " + a.reference + " is a contract: it has no grant terms");
        }
        a.grantTerms = terms;
        em.flush();
        AgreementChange.record(a, Kind.GRANT_TERMS_SET, a.terms(), "Grant terms: " + terms.paymentSchedule(),
                LocalDate.now(clock), access.caller().actor(), clock.instant());
        audit.record(a.id, AuditAction.GRANT_TERMS_SET, access.caller().actor(), access.roleOn(a), null, null,
                "grantTerms", terms, "version", a.version);
        return a;
    }

    @Transactional
    public Agreement setDisclosure(UUID id, String ifMatch, DisclosureRequest r, AgreementAccess access) {
        Agreement a = managed(id, ifMatch, access);
        boolean publishedBefore = a.published;
        List<String> confidentialBefore = a.confidentialFields.stream().map(String::valueOf).toList();
        a.published = r.published();
        a.confidentialFields = new ArrayList<>(r.confidentialFields().stream().distinct().toList());
        if (r.contacts() != null) {
            a.contacts = new ArrayList<>(r.contacts());
        }
        em.flush();
        AgreementChange.record(a, Kind.DISCLOSURE_CHANGED, a.terms(), (a.published ? "Published" : "Not published")
                + "; confidential: " + a.confidentialFields, LocalDate.now(clock), access.caller().actor(), clock.instant());
        audit.record(a.id, AuditAction.DISCLOSURE_CHANGED, access.caller().actor(), access.roleOn(a), null, null,
                "publishedBefore", publishedBefore, "published", a.published,
                "confidentialFieldsBefore", confidentialBefore, "confidentialFields", a.confidentialFields,
                "contactsChanged", r.contacts() != null, "version", a.version);
        return a;
    }

    // ---- co-commissioning by consent ----

    /**
     * The named body's commissioner accepts or declines its invitation (only its own body's, only once): accepted,
     * its share counts and it manages the agreement with the others; declined, it stays named as having declined.
     */
    @Transactional
    public Agreement respondToInvitation(UUID id, String bodyId, boolean accept, String reason, AgreementAccess access) {
        Agreement a = Agreement.require(id, LockModeType.PESSIMISTIC_WRITE);
        BodyShare named = a.body(bodyId).orElse(null);
        if (named == null || !access.canRead(a) && !access.isInvited(a)) {
            throw ApiException.notFound("Invitation of body " + bodyId + " to agreement", id);
        }
        Caller caller = access.caller();
        caller.require(caller.commissioningBody().filter(bodyId::equals).isPresent(),
                "Only a commissioner of body " + bodyId + " answers its invitation");
        String role = access.roleOn(a);
        BodyShare answered = a.respondToInvitation(bodyId, accept, clock.instant(), caller.actor(), reason);
        em.flush();
        audit.record(a.id, accept ? AuditAction.CO_COMMISSIONER_ACCEPTED : AuditAction.CO_COMMISSIONER_DECLINED,
                caller.actor(), role, bodyId, reason, "name", answered.name(), "share", answered.share(),
                "invitedAt", answered.invitedAt(), "invitedBy", answered.invitedBy(), "version", a.version);
        // the snapshot's commissioningBodies are the bodies that count: an acceptance changes it, a decline is news
        outbox.publish(AgreementEvents.TOPIC, accept ? AgreementEvents.CO_COMMISSIONER_ACCEPTED
                : AgreementEvents.CO_COMMISSIONER_DECLINED, a.id.toString(), AgreementEvents.AgreementData.of(a));
        return a;
    }

    /**
     * A read of confidential commercial detail by someone outside the agreement (not its commissioners nor its lead
     * provider: the framework team, auditors, subcontractors) goes on the audit trail.
     */
    public void noteRead(Agreement a, AgreementAccess access) {
        if (a.confidentialFields.isEmpty() || !access.readsInFull(a) || access.manages(a) || access.isLeadProvider(a)) {
            return;
        }
        audit.recordRead(a.id, access.caller().actor(), access.roleOn(a), "confidentialFields", a.confidentialFields);
    }

    private Agreement managed(UUID id, String ifMatch, AgreementAccess access) {
        Agreement a = Agreement.require(id, LockModeType.PESSIMISTIC_WRITE);
        if (!access.canRead(a) && !access.manages(a)) {
            throw ApiException.notFound("Agreement", id);
        }
        access.requireManager(a);
        Preconditions.requireMatch(ifMatch, a.version, "agreement");
        return a;
    }

    private LocalDate effective(LocalDate date) {
        return date != null ? date : LocalDate.now(clock);
    }

    private Agreement changed(Agreement a, Kind kind, String type, Terms before, String rationale, LocalDate effective,
            AgreementAccess access) {
        em.flush();
        AgreementChange.record(a, kind, before, rationale, effective, access.caller().actor(), clock.instant());
        audit.record(a.id, AUDITED.get(kind), access.caller().actor(), access.roleOn(a), null, rationale,
                "status", a.status, "effectiveDate", effective, "termsBefore", before, "termsAfter", a.terms(),
                "version", a.version);
        outbox.publish(AgreementEvents.TOPIC, type, a.id.toString(), AgreementEvents.AgreementData.of(a, effective));
        return a;
    }

    // ---- what the lifecycle job does, one agreement per transaction ----

    /**
     * Moves the agreement to live if it is mobilising and its start date has come. The row is taken with
     * {@code FOR UPDATE SKIP LOCKED}: another instance working on it now makes this a no-op.
     */
    @Transactional
    public boolean activateIfDue(UUID id) {
        LocalDate today = LocalDate.now(clock);
        Agreement a = lockDue(id, "status = 'MOBILISING' and start_date <= :today", today);
        if (a == null) {
            return false;
        }
        Instant now = clock.instant();
        a.activate(now, today, SYSTEM);
        em.flush();
        AgreementChange.record(a, Kind.ACTIVATED, a.terms(), "Reached its start date " + a.startDate, a.startDate, SYSTEM, now);
        audit.record(a.id, AuditAction.AGREEMENT_ACTIVATED, SYSTEM, SYSTEM_ROLE, null, "Reached its start date " + a.startDate,
                "status", a.status, "version", a.version);
        outbox.publish(AgreementEvents.TOPIC, AgreementEvents.ACTIVATED, a.id.toString(), AgreementEvents.AgreementData.of(a));
        return true;
    }

    @Transactional
    public boolean expireIfDue(UUID id) {
        LocalDate today = LocalDate.now(clock);
        Agreement a = lockDue(id, "status in ('LIVE', 'SUSPENDED') and end_date < :today", today);
        if (a == null) {
            return false;
        }
        Instant now = clock.instant();
        a.expire(now, today);
        em.flush();
        AgreementChange.record(a, Kind.EXPIRED, a.terms(), a.endReason, a.endDate.plusDays(1), SYSTEM, now);
        audit.record(a.id, AuditAction.AGREEMENT_EXPIRED, SYSTEM, SYSTEM_ROLE, null, a.endReason,
                "status", a.status, "version", a.version);
        outbox.publish(AgreementEvents.TOPIC, AgreementEvents.EXPIRED, a.id.toString(), AgreementEvents.AgreementData.of(a));
        return true;
    }

    /** Publishes ending-soon once per agreement, when its end date first comes within the pipeline window. */
    @Transactional
    public boolean noticeEndingSoon(UUID id, LocalDate windowEnd) {
        LocalDate today = LocalDate.now(clock);
        Agreement a = lockDue(id, "status in ('MOBILISING', 'LIVE', 'SUSPENDED') and ending_soon_at is null"
                + " and end_date >= :today and end_date <= :windowEnd", today, windowEnd);
        if (a == null) {
            return false;
        }
        a.markEndingSoon(clock.instant());
        em.flush();
        outbox.publish(AgreementEvents.TOPIC, AgreementEvents.ENDING_SOON, a.id.toString(), AgreementEvents.AgreementData.of(a));
        return true;
    }

    private Agreement lockDue(UUID id, String condition, LocalDate today) {
        return lockDue(id, condition, today, null);
    }

    private Agreement lockDue(UUID id, String condition, LocalDate today, LocalDate windowEnd) {
        var q = em.createNativeQuery("select * from agreement where id = :id and " + condition + " for update skip locked",
                Agreement.class).setParameter("id", id).setParameter("today", today);
        if (windowEnd != null) {
            q.setParameter("windowEnd", windowEnd);
        }
        @SuppressWarnings("unchecked")
        List<Agreement> rows = q.getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }
}
