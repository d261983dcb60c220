package uk.gov.dynamicframework.competition.competition;

import java.util.List;
import uk.gov.dynamicframework.competition.evaluation.CompetitionEvaluator;
import uk.gov.dynamicframework.platform.security.Caller;
import uk.gov.dynamicframework.platform.security.Roles;

/** Object-level rules: who acts for a competition. Every accepted co-commissioner manages it; its owner names its evaluators. */
public final class CompetitionAccess {

    /** Who is recorded for the transitions the service makes by itself (deadlines, end of standstill, events). */
    public static final String SERVICE_ACTOR = "competition-service";

    private CompetitionAccess() {
    }

    /** The bodies that manage it: the owner and the co-commissioners who accepted their invitation. */
    public static List<String> bodies(Competition competition) {
        return CompetitionBody.accepted(competition.id).stream().map(b -> b.bodyCode).toList();
    }

    /** A commissioner of a body invited to co-commission it (answered or not): sees the draft it is asked about. */
    public static boolean isInvited(Competition competition, Caller caller) {
        return caller.hasRole(Roles.COMMISSIONER) && caller.commissioningBody()
                .filter(body -> CompetitionBody.of(competition.id).stream().anyMatch(b -> b.bodyCode.equals(body)))
                .isPresent();
    }

    public static boolean isCommissioner(Competition competition, Caller caller) {
        return caller.hasRole(Roles.COMMISSIONER) && caller.commissioningBody().filter(bodies(competition)::contains).isPresent();
    }

    /** An evaluator its owner named (by the subject of the evaluator's token). */
    public static boolean isEvaluator(Competition competition, Caller caller) {
        return caller.hasRole(Roles.EVALUATOR) && CompetitionEvaluator.isAssigned(competition.id, caller.actor());
    }

    public static void requireCommissioner(Competition competition, Caller caller, String action) {
        caller.require(isCommissioner(competition, caller), "Only the competition's commissioning bodies "
                + bodies(competition) + " may " + action);
    }

    /** Drafts are seen by their commissioners, the bodies invited to join, the framework team and auditors only. */
    public static boolean canSee(Competition competition, Caller caller) {
        return competition.status.isPublic() || isCommissioner(competition, caller) || isInvited(competition, caller)
                || caller.hasAnyRole(Roles.FRAMEWORK_ADMIN, Roles.AUDITOR);
    }
}
