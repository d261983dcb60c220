package uk.gov.dynamicframework.registry.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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

    public OrganisationService(Outbox outbox, Clock clock, IdentifierClaimService claims) {
        this.outbox = outbox;
        this.clock = clock;
        this.claims = claims;
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

    @Transactional
    public Organisation update(UUID id, OrganisationRequest request, String ifMatch, Caller caller) {
        Organisation organisation = find(id);
        caller.require(caller.isFrameworkAdmin() || caller.actsFor(organisation.id),
                "Providers may change only their own organisation");
        Preconditions.requireMatch(ifMatch, organisation.version, "organisation");
        Set<String> identifiers = normalisedIdentifiers(request.legalIdentifiers());
        claims.requireClaimable(id, identifiers);
        Map<String, Object> before = fields(organisation);
        Set<String> identifiersBefore = Set.copyOf(organisation.legalIdentifiers);
        Instant now = clock.instant();
        apply(organisation, request, identifiers, now, caller.actor());
        Map<String, FieldChange> changes = diff(before, fields(organisation));
        if (changes.isEmpty()) {
            return organisation;
        }
        Organisation.flush();
        claims.identifiersChanged(organisation, identifiersBefore, identifiers, caller.actor(), now);
        OrganisationChange.record(id, now, caller.actor(), "UPDATED", null, changes);
        publish(organisation, OrganisationEvents.UPDATED, null);
        return organisation;
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
