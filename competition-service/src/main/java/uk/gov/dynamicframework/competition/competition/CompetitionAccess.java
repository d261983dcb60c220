package uk.gov.dynamicframework.competition.competition;

import java.util.List;
import uk.gov.dynamicframework.platform.security.Caller;
import uk.gov.dynamicframework.platform.security.Roles;

/** Object-level rules: who acts for a competition. Every co-commissioner manages it; its evaluators come from its bodies. */
public final class CompetitionAccess {

    /** Who is recorded for the transitions the service makes by itself (deadlines, end of standstill, events). */
    public static final String SERVICE_ACTOR = "competition-service";

    private CompetitionAccess() {
    }

    public static List<String> bodies(Competition competition) {
        return CompetitionBody.of(competition.id).stream().map(b -> b.bodyCode).toList();
    }

    public static boolean isCommissioner(Competition competition, Caller caller) {
        return caller.hasRole(Roles.COMMISSIONER) && caller.commissioningBody().filter(bodies(competition)::contains).isPresent();
    }

    public static boolean isEvaluator(Competition competition, Caller caller) {
        return caller.hasRole(Roles.EVALUATOR) && caller.commissioningBody().filter(bodies(competition)::contains).isPresent();
    }

    public static void requireCommissioner(Competition competition, Caller caller, String action) {
        caller.require(isCommissioner(competition, caller), "Only the competition's commissioning bodies "
                + bodies(competition) + " may " + action);
    }

    /** Drafts are seen by their commissioners, the framework team and auditors only. */
    public static boolean canSee(Competition competition, Caller caller) {
        return competition.status.isPublic() || isCommissioner(competition, caller)
                || caller.hasAnyRole(Roles.FRAMEWORK_ADMIN, Roles.AUDITOR);
    }
}
