package uk.gov.dynamicframework.competition.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.dynamicframework.competition.audit.AuditAction;
import uk.gov.dynamicframework.competition.audit.AuditTrail;
import uk.gov.dynamicframework.competition.bid.Bid;
import uk.gov.dynamicframework.competition.competition.Competition;
import uk.gov.dynamicframework.competition.competition.CompetitionAccess;
import uk.gov.dynamicframework.competition.provider.Provider;
import uk.gov.dynamicframework.platform.problem.ApiException;
import uk.gov.dynamicframework.platform.problem.Problem.FieldViolation;
import uk.gov.dynamicframework.platform.security.Caller;
import uk.gov.dynamicframework.platform.security.Roles;

/**
 * Evaluators named per competition by its owner, and their declarations of conflicts of interest with each bidder,
 * made after the deadline (when the bidders are known) and before they read or score any bid.
 */
@ApplicationScoped
public class EvaluatorService {

    private final AuditTrail audit;
    private final Clock clock;

    public EvaluatorService(AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public CompetitionEvaluatorView assign(UUID competitionId, String evaluator, Caller caller) {
        Competition c = owned(competitionId, caller, "name its evaluators");
        if (CompetitionEvaluator.isAssigned(c.id, evaluator)) {
            throw ApiException.conflict(evaluator + " is already an evaluator of this competition");
        }
        CompetitionEvaluator e = new CompetitionEvaluator();
        e.competitionId = c.id;
        e.evaluator = evaluator;
        e.assignedAt = clock.instant();
        e.assignedBy = caller.actor();
        e.persist();
        audit.record(c.id, AuditAction.EVALUATOR_ASSIGNED, caller.actor(), evaluator);
        return view(e);
    }

    @Transactional
    public void remove(UUID competitionId, String evaluator, Caller caller) {
        Competition c = owned(competitionId, caller, "name its evaluators");
        CompetitionEvaluator e = CompetitionEvaluator.<CompetitionEvaluator>find("competitionId = ?1 and evaluator = ?2",
                c.id, evaluator).firstResultOptional().orElseThrow(() -> ApiException.notFound("Evaluator", evaluator));
        if (EvaluatorScore.count("evaluator = ?1 and bidId in (select b.id from Bid b where b.competitionId = ?2)",
                evaluator, c.id) > 0) {
            throw ApiException.conflict(evaluator + " has scored bids of this competition and stays on its record");
        }
        e.delete();
        audit.record(c.id, AuditAction.EVALUATOR_REMOVED, caller.actor(), evaluator);
    }

    /** The competition's commissioners, the framework team and auditors see who evaluates it. */
    public List<CompetitionEvaluatorView> list(UUID competitionId, Caller caller) {
        Competition c = Competition.require(competitionId);
        caller.require(CompetitionAccess.isCommissioner(c, caller) || caller.hasAnyRole(Roles.FRAMEWORK_ADMIN, Roles.AUDITOR),
                "Only the competition's commissioners, the framework team and auditors see its evaluators");
        return CompetitionEvaluator.of(c.id).stream().map(this::view).toList();
    }

    /** The bidders the calling evaluator must declare about, and what it declared. */
    public ConflictDeclarationsView mine(UUID competitionId, Caller caller) {
        Competition c = declaring(competitionId, caller);
        return declarations(c, caller.actor());
    }

    @Transactional
    public ConflictDeclarationsView declare(UUID competitionId, ConflictDeclarationRequest request, Caller caller) {
        Competition c = declaring(competitionId, caller);
        Set<UUID> bidders = ConflictDeclaration.bidders(c);
        Map<UUID, ConflictDeclaration> existing = new HashMap<>();
        ConflictDeclaration.of(c.id, caller.actor()).forEach(d -> existing.put(d.organisationId, d));
        List<FieldViolation> invalid = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < request.declarations().size(); i++) {
            var d = request.declarations().get(i);
            String field = "declarations[" + i + "]";
            if (!bidders.contains(d.organisationId())) {
                invalid.add(new FieldViolation(field + ".organisationId", "did not bid in this competition"));
            } else if (!seen.add(d.organisationId())) {
                invalid.add(new FieldViolation(field + ".organisationId", "is declared twice"));
            } else if (d.conflicted() && (d.details() == null || d.details().isBlank())) {
                invalid.add(new FieldViolation(field + ".details", "must say what the conflict is"));
            } else if (existing.containsKey(d.organisationId()) && existing.get(d.organisationId()).conflicted && !d.conflicted()) {
                invalid.add(new FieldViolation(field + ".conflicted", "a declared conflict cannot be withdrawn"));
            }
        }
        if (!invalid.isEmpty()) {
            throw ApiException.invalid("The declarations are not valid", invalid);
        }
        Instant now = clock.instant();
        for (var d : request.declarations()) {
            ConflictDeclaration row = existing.get(d.organisationId());
            if (row != null && row.conflicted == d.conflicted()) {
                continue;
            }
            if (row == null) {
                row = new ConflictDeclaration();
                row.competitionId = c.id;
                row.evaluator = caller.actor();
                row.organisationId = d.organisationId();
            }
            row.conflicted = d.conflicted();
            row.details = d.details();
            row.declaredAt = now;
            row.persist();
            if (d.conflicted()) { // scores given before the conflict was known no longer count
                EvaluatorScore.delete("evaluator = ?1 and bidId in (select b.id from Bid b where b.competitionId = ?2 "
                        + "and b.organisationId = ?3)", caller.actor(), c.id, d.organisationId());
            }
            audit.record(c.id, AuditAction.CONFLICT_DECLARED, caller.actor(), d.organisationId().toString(),
                    "conflicted", d.conflicted(), "details", d.details());
        }
        return declarations(c, caller.actor());
    }

    private ConflictDeclarationsView declarations(Competition c, String evaluator) {
        Map<UUID, ConflictDeclaration> declared = new HashMap<>();
        ConflictDeclaration.of(c.id, evaluator).forEach(d -> declared.put(d.organisationId, d));
        List<BidderDeclarationView> bidders = ConflictDeclaration.bidders(c).stream().map(org -> {
            Provider p = Provider.findById(org);
            ConflictDeclaration d = declared.get(org);
            return new BidderDeclarationView(org, p == null ? null : p.name, d != null, d == null ? null : d.conflicted,
                    d == null ? null : d.details, d == null ? null : d.declaredAt);
        }).toList();
        return new ConflictDeclarationsView(c.id, evaluator, bidders.stream().allMatch(BidderDeclarationView::declared), bidders);
    }

    private Competition declaring(UUID competitionId, Caller caller) {
        Competition c = Competition.requirePublic(competitionId);
        caller.require(CompetitionAccess.isEvaluator(c, caller), "Only the competition's named evaluators declare conflicts");
        if (!c.deadlinePassed(clock.instant())) {
            throw ApiException.rule("bidders-not-known", "Bidders are known, and conflicts declared, after the "
                    + "submission deadline " + c.submissionDeadline);
        }
        return c;
    }

    private static Competition owned(UUID competitionId, Caller caller, String action) {
        Competition c = Competition.require(competitionId);
        caller.require(caller.hasRole(Roles.COMMISSIONER) && caller.commissioningBody().filter(c.ownerBody::equals).isPresent(),
                "Only the owner's commissioners (" + c.ownerBody + ") may " + action);
        if (c.status.isEnded()) {
            throw ApiException.conflict("The competition is " + c.status);
        }
        return c;
    }

    private CompetitionEvaluatorView view(CompetitionEvaluator e) {
        var declared = ConflictDeclaration.of(e.competitionId, e.evaluator);
        return new CompetitionEvaluatorView(e.evaluator, e.assignedAt, e.assignedBy,
                declared.stream().filter(d -> d.conflicted).map(d -> d.organisationId).toList());
    }

    @Schema(name = "AssignEvaluatorRequest", examples = "{\"evaluator\": \"jane.doe@justice.gov.uk\"}")
    public record AssignEvaluatorRequest(
            @NotBlank @Size(max = 200) @Pattern(regexp = "[^/\\s]+", message = "must be a token subject, without spaces or slashes")
            String evaluator) {
    }

    /** A named evaluator; {@code conflictedWith} lists the bidders it declared a conflict with. */
    @Schema(name = "CompetitionEvaluatorView")
    public record CompetitionEvaluatorView(String evaluator, Instant assignedAt, String assignedBy, List<UUID> conflictedWith) {
    }

    @Schema(name = "ConflictDeclarationRequest", examples = """
            {"declarations": [{"organisationId": "3f1c2a9e-7b4d-4e0f-9a51-2c8d6b7e1f00", "conflicted": false},
                              {"organisationId": "9d2b4c6e-1a3f-4b5d-8e7f-0a1b2c3d4e5f", "conflicted": true,
                               "details": "My partner is a trustee of this charity"}]}""")
    public record ConflictDeclarationRequest(@NotNull @Size(min = 1, max = 500) List<@NotNull @Valid Declaration> declarations) {
        @Schema(name = "ConflictDeclarationItem")
        public record Declaration(@NotNull UUID organisationId, boolean conflicted, @Size(max = 2000) String details) {
        }
    }

    /** The bidders an evaluator declares about; {@code complete} once each is declared. */
    @Schema(name = "ConflictDeclarationsView")
    public record ConflictDeclarationsView(UUID competitionId, String evaluator, boolean complete,
            List<BidderDeclarationView> bidders) {
    }

    @Schema(name = "BidderDeclarationView")
    public record BidderDeclarationView(UUID organisationId, String name, boolean declared, Boolean conflicted,
            String details, Instant declaredAt) {
    }
}
