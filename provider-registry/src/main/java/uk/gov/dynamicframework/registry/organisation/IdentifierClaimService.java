package uk.gov.dynamicframework.registry.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import uk.gov.dynamicframework.platform.persistence.RowLocks;
import uk.gov.dynamicframework.platform.outbox.Outbox;
import uk.gov.dynamicframework.platform.problem.ApiException;
import uk.gov.dynamicframework.platform.security.Caller;
import uk.gov.dynamicframework.registry.organisation.IdentifierClaimDtos.IdentifierClaimView;
import uk.gov.dynamicframework.registry.organisation.IdentifierClaimDtos.IdentifierConflictView;
import uk.gov.dynamicframework.registry.organisation.OrganisationChange.FieldChange;
import uk.gov.dynamicframework.registry.organisation.OrganisationEvents.IdentifierClaimEventData;
import uk.gov.dynamicframework.registry.organisation.OrganisationEvents.OrganisationEventData;

/**
 * Claims to legal identifiers. Any organisation may claim an identifier nobody has verified: two claims to one
 * identifier are a conflict for the framework team, and neither organisation is qualified until it is resolved. A
 * verified identifier cannot be claimed by another organisation.
 */
@ApplicationScoped
public class IdentifierClaimService {

    /** The actor recorded when a register check verifies a claim. */
    public static final String REGISTER_CHECK = "register-check";

    private final Outbox outbox;
    private final Clock clock;
    private final IdentifierVerifier verifier;
    private final OrganisationConfig config;

    public IdentifierClaimService(Outbox outbox, Clock clock, IdentifierVerifier verifier, OrganisationConfig config) {
        this.outbox = outbox;
        this.clock = clock;
        this.verifier = verifier;
        this.config = config;
    }

    /** Refuses (409) any of {@code identifiers} verified as another organisation's. */
    public void requireClaimable(UUID organisationId, Set<String> identifiers) {
        for (String identifier : identifiers) {
            IdentifierClaim.<IdentifierClaim>find("identifier = ?1 and status = ?2", identifier, ClaimStatus.VERIFIED)
                    .firstResultOptional().filter(verified -> !verified.organisationId.equals(organisationId))
                    .ifPresent(verified -> {
                        throw ApiException.conflict("Identifier " + identifier + " has been verified by the framework "
                                + "team as another organisation's; if it is yours, contact the framework team")
                                .with("identifier", identifier);
                    });
        }
    }

    /**
     * The organisation's identifiers went from {@code before} to {@code after} (registration, update, approved
     * change), in the caller's transaction: new ones are claimed, dropped ones withdrawn. The organisation is flushed.
     */
    public void identifiersChanged(Organisation organisation, Set<String> before, Set<String> after, String actor,
            Instant at) {
        requireClaimable(organisation.id, after);
        for (String identifier : before) {
            if (!after.contains(identifier)) {
                IdentifierClaim.<IdentifierClaim>find("organisationId = ?1 and identifier = ?2 and status in ?3",
                        organisation.id, identifier, List.of(ClaimStatus.CLAIMED, ClaimStatus.VERIFIED))
                        .firstResultOptional().ifPresent(claim -> claim.withdraw(actor, at));
            }
        }
        List<IdentifierClaim> added = new ArrayList<>();
        for (String identifier : after) {
            if (!before.contains(identifier)) {
                IdentifierClaim claim = IdentifierClaim.claim(organisation.id, identifier, actor, at);
                claim.persist();
                added.add(claim);
            }
        }
        IdentifierClaim.flush();
        if (config.identity().registerCheck()) {
            for (IdentifierClaim claim : added) {
                verifier.evidenceFor(claim.identifier, organisation.name).ifPresent(evidence -> verified(claim,
                        organisation, evidence, "Confirmed by the official register", REGISTER_CHECK, at));
            }
        }
    }

    @Transactional
    public IdentifierClaim verify(UUID claimId, String evidence, String reason, Caller caller) {
        IdentifierClaim claim = locked(claimId);
        Organisation organisation = lockedOrganisation(claim.organisationId);
        verified(claim, organisation, evidence, reason, caller.actor(), clock.instant());
        return claim;
    }

    @Transactional
    public IdentifierClaim reject(UUID claimId, String reason, Caller caller) {
        IdentifierClaim claim = locked(claimId);
        rejected(claim, reason, caller.actor(), clock.instant());
        return claim;
    }

    /** The identifiers claimed by more than one organisation and verified for none, with their claims. */
    public List<IdentifierConflictView> conflicts() {
        List<IdentifierClaim> open = IdentifierClaim.list("status = ?1 and identifier in (select c.identifier from "
                + "IdentifierClaim c where c.status = ?1 group by c.identifier having count(c) > 1) "
                + "order by identifier, claimedAt, id", ClaimStatus.CLAIMED);
        Map<String, List<IdentifierClaimView>> byIdentifier = new LinkedHashMap<>();
        for (IdentifierClaim claim : open) {
            byIdentifier.computeIfAbsent(claim.identifier, i -> new ArrayList<>()).add(view(claim));
        }
        return byIdentifier.entrySet().stream().map(e -> new IdentifierConflictView(e.getKey(), e.getValue())).toList();
    }

    /** The organisation's open claims that another organisation also claims, by identifier. */
    public Map<String, List<UUID>> conflictsOf(UUID organisationId) {
        List<IdentifierClaim> others = IdentifierClaim.list("status = ?1 and organisationId <> ?2 and identifier in "
                + "(select c.identifier from IdentifierClaim c where c.status = ?1 and c.organisationId = ?2) "
                + "order by identifier, claimedAt, id", ClaimStatus.CLAIMED, organisationId);
        Map<String, List<UUID>> conflicts = new LinkedHashMap<>();
        others.forEach(c -> conflicts.computeIfAbsent(c.identifier, i -> new ArrayList<>()).add(c.id));
        return conflicts;
    }

    /** Refuses (409) while another organisation claims one of the organisation's unverified identifiers. */
    public void requireNoConflict(UUID organisationId) {
        Map<String, List<UUID>> conflicts = conflictsOf(organisationId);
        if (!conflicts.isEmpty()) {
            throw ApiException.conflict("Identifier(s) " + String.join(", ", conflicts.keySet()) + " also claimed by "
                    + "another organisation: the framework team must verify the rightful claim first "
                    + "(GET /v1/identifier-claims/conflicts)").with("identifierConflicts", conflicts.keySet())
                    .with("conflictingClaimIds", conflicts.values().stream().flatMap(List::stream).toList());
        }
    }

    /** Every claim the organisation has made, oldest first: who claimed what, when, and what was decided. */
    public List<IdentifierClaimView> claimsOf(Organisation organisation) {
        return IdentifierClaim.<IdentifierClaim>list("organisationId = ?1 order by claimedAt, id", organisation.id)
                .stream().map(c -> IdentifierClaimView.of(c, organisation.name)).toList();
    }

    public IdentifierClaimView view(IdentifierClaim claim) {
        Organisation organisation = Organisation.findById(claim.organisationId);
        return IdentifierClaimView.of(claim, organisation == null ? null : organisation.name);
    }

    private void verified(IdentifierClaim claim, Organisation organisation, String evidence, String reason, String actor,
            Instant at) {
        for (IdentifierClaim other : IdentifierClaim.liveClaimsTo(claim.identifier)) {
            if (other.id.equals(claim.id)) {
                continue;
            }
            if (other.status == ClaimStatus.VERIFIED) {
                throw ApiException.conflict("Identifier " + claim.identifier + " is already verified as organisation "
                        + other.organisationId + "'s").with("verifiedClaimId", other.id);
            }
            rejected(other, "Identifier verified as organisation " + organisation.id + "'s: " + reason, actor, at);
        }
        claim.verify(evidence, reason, actor, at);
        IdentifierClaim.flush();
        OrganisationChange.record(organisation.id, at, actor, "IDENTIFIER_VERIFIED", reason,
                Map.of("identifierClaims." + claim.identifier, new FieldChange(ClaimStatus.CLAIMED, ClaimStatus.VERIFIED)));
        outbox.publish(OrganisationEvents.TOPIC, OrganisationEvents.IDENTIFIER_VERIFIED, organisation.id.toString(),
                IdentifierClaimEventData.of(claim));
    }

    /** Rejects the claim and takes the identifier off the organisation (a df.organisation.updated follows). */
    private void rejected(IdentifierClaim claim, String reason, String actor, Instant at) {
        Organisation organisation = lockedOrganisation(claim.organisationId);
        claim.reject(reason, actor, at);
        Set<String> before = new TreeSet<>(organisation.legalIdentifiers);
        organisation.legalIdentifiers.remove(claim.identifier);
        organisation.updatedAt = at;
        organisation.updatedBy = actor;
        Organisation.flush();
        OrganisationChange.record(organisation.id, at, actor, "IDENTIFIER_REJECTED", reason,
                Map.of("legalIdentifiers", new FieldChange(before, new TreeSet<>(organisation.legalIdentifiers))));
        outbox.publish(OrganisationEvents.TOPIC, OrganisationEvents.IDENTIFIER_REJECTED, organisation.id.toString(),
                IdentifierClaimEventData.of(claim));
        outbox.publish(OrganisationEvents.TOPIC, OrganisationEvents.UPDATED, organisation.id.toString(),
                OrganisationEventData.of(organisation, null));
    }

    private static IdentifierClaim locked(UUID claimId) {
        IdentifierClaim claim = IdentifierClaim.findById(claimId, LockModeType.PESSIMISTIC_WRITE);
        if (claim == null) {
            throw ApiException.notFound("Identifier claim", claimId);
        }
        return claim;
    }

    private static Organisation lockedOrganisation(UUID id) {
        Organisation organisation = RowLocks.find(Organisation.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (organisation == null) {
            throw ApiException.notFound("Organisation", id);
        }
        return organisation;
    }
}
