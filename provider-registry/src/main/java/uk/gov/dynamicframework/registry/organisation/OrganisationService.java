package uk.gov.dynamicframework.registry.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import uk.gov.dynamicframework.platform.persistence.RowLocks;
import uk.gov.dynamicframework.platform.outbox.Outbox;
import uk.gov.dynamicframework.platform.paging.PageOf;
import uk.gov.dynamicframework.platform.problem.ApiException;
import uk.gov.dynamicframework.platform.problem.Problem.FieldViolation;
import uk.gov.dynamicframework.platform.security.Caller;
import uk.gov.dynamicframework.platform.security.Roles;
import uk.gov.dynamicframework.platform.web.Preconditions;
import uk.gov.dynamicframework.registry.organisation.OrganisationChange.FieldChange;
import uk.gov.dynamicframework.registry.organisation.OrganisationEvents.Decision;
import uk.gov.dynamicframework.registry.organisation.OrganisationEvents.OrganisationEventData;

@ApplicationScoped
public class OrganisationService {

    private final Outbox outbox;
    private final Clock clock;
    private final IdentifierClaimService claims;
    private final OrganisationConfig config;

    public OrganisationService(Outbox outbox, Clock clock, IdentifierClaimService claims, OrganisationConfig config) {
        this.outbox = outbox;
        this.clock = clock;
        this.claims = claims;
        this.config = config;
    }

    @Transactional
    public Organisation register(OrganisationRequest request, Caller caller) {
        Set<String> identifiers = normalisedIdentifiers(request.legalIdentifiers());
        claims.requireClaimable(null, identifiers);
        Instant now = clock.instant();
        Organisation organisation = new Organisation();
        organisation.id = UUID.randomUUID();
        organisation.createdAt = now;
        organisation.createdBy = caller.actor();
        apply(organisation, request, identifiers, now, caller.actor());
        organisation.persist();
        Organisation.flush();
        OrganisationChange.record(organisation.id, now, caller.actor(), "REGISTERED", null,
                diff(Map.of(), fields(organisation)));
        publish(organisation, OrganisationEvents.REGISTERED, null);
        claims.identifiersChanged(organisation, Set.of(), identifiers, caller.actor(), now);
        return organisation;
    }

    /** The organisation after an update, and the change to its reviewed declarations now waiting, if any. */
    public record Update(Organisation organisation, OrganisationChangeRequest pendingChange) {
    }

    /**
     * Applies the self-service fields at once. For a qualified (or suspended) organisation, changes to the reviewed
     * declarations not configured as self-service are held as a pending change for the framework team, and the
     * organisation keeps its approved values meanwhile.
     */
    @Transactional
    public Update update(UUID id, OrganisationRequest request, String ifMatch, Caller caller) {
        Organisation organisation = RowLocks.find(Organisation.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (organisation == null) {
            throw ApiException.notFound("Organisation", id);
        }
        caller.require(caller.isFrameworkAdmin() || caller.actsFor(organisation.id),
                "Providers may change only their own organisation");
        Preconditions.requireMatch(ifMatch, organisation.version, "organisation");
        Set<String> identifiers = normalisedIdentifiers(request.legalIdentifiers());
        claims.requireClaimable(id, identifiers);
        Map<String, Object> before = fields(organisation);
        Set<String> identifiersBefore = Set.copyOf(organisation.legalIdentifiers);
        ReviewedValues approved = ReviewedValues.of(organisation);
        Instant updatedAt = organisation.updatedAt;
        String updatedBy = organisation.updatedBy;
        Instant now = clock.instant();
        apply(organisation, request, identifiers, now, caller.actor());
        OrganisationChangeRequest pending = null;
        if (isReviewed(organisation)) {
            pending = holdReviewedChanges(organisation, approved, caller.actor(), now);
        }
        Map<String, FieldChange> changes = diff(before, fields(organisation));
        if (changes.isEmpty()) {
            organisation.updatedAt = updatedAt;
            organisation.updatedBy = updatedBy;
            return new Update(organisation, pending);
        }
        Organisation.flush();
        claims.identifiersChanged(organisation, identifiersBefore, Set.copyOf(organisation.legalIdentifiers),
                caller.actor(), now);
        OrganisationChange.record(id, now, caller.actor(), "UPDATED", null, changes);
        publish(organisation, OrganisationEvents.UPDATED, null);
        return new Update(organisation, pending);
    }

    /** The framework team approves a pending change: the organisation takes the values asked for. */
    @Transactional
    public OrganisationChangeRequest approveChange(UUID changeId, String reason, Caller caller) {
        OrganisationChangeRequest change = lockedChange(changeId);
        Organisation organisation = RowLocks.find(Organisation.class, change.organisationId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        change.approve(reason, caller.actor(), now);
        Map<String, Object> before = fields(organisation);
        Set<String> identifiersBefore = Set.copyOf(organisation.legalIdentifiers);
        Set<ReviewedField> fields = EnumSet.noneOf(ReviewedField.class);
        for (ReviewedField field : ReviewedField.values()) {
            if (change.changes.containsKey(field.field)) {
                fields.add(field);
            }
        }
        change.proposed.applyTo(organisation, fields);
        claims.requireClaimable(organisation.id, organisation.legalIdentifiers);
        organisation.updatedAt = now;
        organisation.updatedBy = caller.actor();
        Organisation.flush();
        claims.identifiersChanged(organisation, identifiersBefore, Set.copyOf(organisation.legalIdentifiers),
                caller.actor(), now);
        OrganisationChange.record(organisation.id, now, caller.actor(), "CHANGE_APPROVED", reason,
                diff(before, fields(organisation)));
        publish(organisation, OrganisationEvents.UPDATED, null);
        changeEvent(change, organisation, OrganisationEvents.CHANGE_APPROVED);
        return change;
    }

    /** The framework team rejects a pending change: the organisation keeps its approved values. */
    @Transactional
    public OrganisationChangeRequest rejectChange(UUID changeId, String reason, Caller caller) {
        OrganisationChangeRequest change = lockedChange(changeId);
        Organisation organisation = RowLocks.find(Organisation.class, change.organisationId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        change.reject(reason, caller.actor(), now);
        OrganisationChange.record(organisation.id, now, caller.actor(), "CHANGE_REJECTED", reason, change.changes);
        changeEvent(change, organisation, OrganisationEvents.CHANGE_REJECTED);
        return change;
    }

    /** Change requests, newest first: the framework team and auditors see all, a provider its own organisation's. */
    public PageOf<OrganisationChangeRequestView> changeRequests(ChangeRequestStatus status, UUID organisationId,
            int page, int size, Caller caller) {
        if (!caller.hasAnyRole(Roles.FRAMEWORK_ADMIN, Roles.AUDITOR)) {
            UUID own = organisationOf(caller).orElseThrow(() -> ApiException.forbidden("The token names no organisation"));
            caller.require(organisationId == null || organisationId.equals(own),
                    "Providers may list only their own organisation's change requests");
            organisationId = own;
        }
        List<String> where = new ArrayList<>();
        io.quarkus.panache.common.Parameters params = new io.quarkus.panache.common.Parameters();
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        if (organisationId != null) {
            where.add("organisationId = :organisationId");
            params.and("organisationId", organisationId);
        }
        var query = OrganisationChangeRequest.<OrganisationChangeRequest>find(String.join(" and ", where),
                io.quarkus.panache.common.Sort.by("requestedAt").descending().and("id"), params);
        return new PageOf<>(query.page(page, size).list().stream().map(OrganisationChangeRequestView::of).toList(),
                page, size, query.count());
    }

    private static boolean isReviewed(Organisation organisation) {
        return organisation.frameworkStatus == FrameworkStatus.QUALIFIED
                || organisation.frameworkStatus == FrameworkStatus.SUSPENDED;
    }

    /**
     * Puts the held fields back to their approved values and records what was asked for as the pending change
     * (replacing an older pending one; withdrawing it when the organisation asks for the approved values again).
     */
    private OrganisationChangeRequest holdReviewedChanges(Organisation organisation, ReviewedValues approved,
            String actor, Instant now) {
        ReviewedValues asked = ReviewedValues.of(organisation);
        Set<ReviewedField> held = EnumSet.allOf(ReviewedField.class);
        config.declarations().selfService().ifPresent(held::removeAll);
        Map<ReviewedField, Object> from = approved.byField();
        Map<ReviewedField, Object> to = asked.byField();
        Map<String, FieldChange> heldChanges = new LinkedHashMap<>();
        for (ReviewedField field : held) {
            if (!Objects.equals(from.get(field), to.get(field))) {
                heldChanges.put(field.field, new FieldChange(from.get(field), to.get(field)));
            }
        }
        approved.applyTo(organisation, held);
        Optional<OrganisationChangeRequest> pending = OrganisationChangeRequest.pendingOf(organisation.id);
        if (pending.isPresent() && sameRequest(pending.get(), heldChanges, to)) {
            return pending.get();
        }
        pending.ifPresent(older -> older.withdraw(actor, now));
        if (heldChanges.isEmpty()) {
            return null;
        }
        OrganisationChangeRequest.flush();
        OrganisationChangeRequest change = OrganisationChangeRequest.request(organisation.id, asked, heldChanges, actor, now);
        change.persist();
        OrganisationChange.record(organisation.id, now, actor, "CHANGE_REQUESTED", null, heldChanges);
        changeEvent(change, organisation, OrganisationEvents.CHANGE_REQUESTED);
        return change;
    }

    private static boolean sameRequest(OrganisationChangeRequest pending, Map<String, FieldChange> heldChanges,
            Map<ReviewedField, Object> asked) {
        Map<ReviewedField, Object> proposed = pending.proposed.byField();
        return pending.changes.keySet().equals(heldChanges.keySet()) && Arrays.stream(ReviewedField.values())
                .filter(f -> heldChanges.containsKey(f.field)).allMatch(f -> Objects.equals(proposed.get(f), asked.get(f)));
    }

    private void changeEvent(OrganisationChangeRequest change, Organisation organisation, String type) {
        Organisation.flush();
        outbox.publish(OrganisationEvents.TOPIC, type, organisation.id.toString(),
                OrganisationEvents.ChangeRequestEventData.of(change, organisation));
    }

    private static OrganisationChangeRequest lockedChange(UUID id) {
        OrganisationChangeRequest change = OrganisationChangeRequest.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (change == null) {
            throw ApiException.notFound("Organisation change request", id);
        }
        return change;
    }

    public Organisation find(UUID id) {
        Organisation organisation = Organisation.findById(id);
        if (organisation == null) {
            throw ApiException.notFound("Organisation", id);
        }
        return organisation;
    }

    public List<IdentifierClaimDtos.IdentifierClaimView> identifierClaims(UUID id, Caller caller) {
        Organisation organisation = find(id);
        caller.require(canSeeEverything(organisation, caller),
                "Only the organisation itself, the framework team and auditors may read its identifier claims");
        return claims.claimsOf(organisation);
    }

    /** The full view for the organisation itself, the framework team and auditors; the public view otherwise. */
    public OrganisationView viewFor(Organisation organisation, Caller caller) {
        OrganisationView view = OrganisationView.of(organisation);
        if (canSeeEverything(organisation, caller)) {
            return view;
        }
        if (!organisation.frameworkStatus.isActive()) {
            throw ApiException.notFound("Organisation", organisation.id);
        }
        return view.publicView();
    }

    public List<OrganisationChange> history(UUID id, Caller caller) {
        Organisation organisation = find(id);
        caller.require(canSeeEverything(organisation, caller),
                "Only the organisation itself, the framework team and auditors may read its history");
        return OrganisationChange.list("organisationId = ?1 order by id", id);
    }

    public PageOf<OrganisationView> list(String identifier, int page, int size) {
        var query = identifier == null
                ? Organisation.<Organisation>find("order by name, id")
                : Organisation.<Organisation>find("select o from Organisation o join o.legalIdentifiers i where i = ?1",
                        identifier.trim().toUpperCase(Locale.ROOT));
        List<Organisation> items = query.page(page, size).list();
        return new PageOf<>(items.stream().map(OrganisationView::of).toList(), page, size, query.count());
    }

    /** Records a framework decision's effect on the organisation and publishes it; called in the decision's transaction. */
    public void frameworkStatusChanged(Organisation organisation, FrameworkStatus status, String eventType, String action,
            Decision decision) {
        FrameworkStatus before = organisation.frameworkStatus;
        organisation.frameworkStatus = status;
        organisation.updatedAt = decision.decidedAt();
        organisation.updatedBy = decision.decidedBy();
        Organisation.flush();
        OrganisationChange.record(organisation.id, decision.decidedAt(), decision.decidedBy(), action, decision.reason(),
                Map.of("frameworkStatus", new FieldChange(before, status)));
        publish(organisation, eventType, decision);
    }

    /** An application was submitted: the organisation is now APPLIED (an update, not a framework decision). */
    public void applicationSubmitted(Organisation organisation, String actor, Instant at) {
        FrameworkStatus before = organisation.frameworkStatus;
        organisation.frameworkStatus = FrameworkStatus.APPLIED;
        organisation.updatedAt = at;
        organisation.updatedBy = actor;
        Organisation.flush();
        OrganisationChange.record(organisation.id, at, actor, "APPLIED", null,
                Map.of("frameworkStatus", new FieldChange(before, FrameworkStatus.APPLIED)));
        publish(organisation, OrganisationEvents.UPDATED, null);
    }

    /** The organisation a provider token acts for (claim {@code org_id}, the organisation's id), if any. */
    public Optional<UUID> organisationOf(Caller caller) {
        return caller.hasRole(Roles.PROVIDER) ? caller.organisationUuid() : Optional.empty();
    }

    public boolean canSeeEverything(Organisation organisation, Caller caller) {
        return caller.hasAnyRole(Roles.FRAMEWORK_ADMIN, Roles.AUDITOR)
                || caller.actsFor(organisation.id);
    }

    private void publish(Organisation organisation, String type, Decision decision) {
        outbox.publish(OrganisationEvents.TOPIC, type, organisation.id.toString(),
                OrganisationEventData.of(organisation, decision));
    }

    private static Set<String> normalisedIdentifiers(List<String> identifiers) {
        Set<String> normalised = new LinkedHashSet<>();
        List<FieldViolation> duplicates = new ArrayList<>();
        for (int i = 0; i < identifiers.size(); i++) {
            if (!normalised.add(identifiers.get(i).trim().toUpperCase(Locale.ROOT))) {
                duplicates.add(new FieldViolation("legalIdentifiers[" + i + "]", "is listed twice"));
            }
        }
        if (!duplicates.isEmpty()) {
            throw ApiException.invalid("An identifier is listed twice", duplicates);
        }
        return normalised;
    }

    private static void apply(Organisation o, OrganisationRequest r, Set<String> identifiers, Instant now, String actor) {
        o.name = r.name().trim();
        o.legalIdentifiers.clear();
        o.legalIdentifiers.addAll(identifiers);
        o.legalForm = r.legalForm();
        o.sector = r.sector();
        o.incomeBand = r.incomeBand();
        o.address.line1 = r.address().line1().trim();
        o.address.line2 = r.address().line2() == null || r.address().line2().isBlank() ? null : r.address().line2().trim();
        o.address.town = r.address().town().trim();
        o.address.postcode = normalisePostcode(r.address().postcode());
        o.contacts = r.contacts().stream()
                .map(c -> new Organisation.Contact(c.name().trim(), c.role(), c.email().trim(), c.phone())).toList();
        o.characteristics.clear();
        if (r.characteristics() != null) {
            o.characteristics.addAll(r.characteristics());
        }
        o.localAreas = r.localAreas() == null ? new ArrayList<>() : new ArrayList<>(new TreeSet<>(r.localAreas()));
        o.website = r.website();
        o.updatedAt = now;
        o.updatedBy = actor;
    }

    static String normalisePostcode(String postcode) {
        String compact = postcode.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }

    private static Map<String, Object> fields(Organisation o) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", o.name);
        f.put("legalIdentifiers", new TreeSet<>(o.legalIdentifiers));
        f.put("legalForm", o.legalForm);
        f.put("sector", o.sector);
        f.put("incomeBand", o.incomeBand);
        f.put("address", new OrganisationView.AddressView(o.address.line1, o.address.line2, o.address.town, o.address.postcode));
        f.put("contacts", List.copyOf(o.contacts));
        f.put("characteristics", new TreeSet<>(o.characteristics.stream().map(Enum::name).toList()));
        f.put("localAreas", List.copyOf(o.localAreas));
        f.put("website", o.website);
        return f;
    }

    private static Map<String, FieldChange> diff(Map<String, Object> before, Map<String, Object> after) {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        after.forEach((field, value) -> {
            Object old = before.get(field);
            if (!Objects.equals(old, value)) {
                changes.put(field, new FieldChange(old, value));
            }
        });
        return changes;
    }
}
