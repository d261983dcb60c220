package uk.gov.dynamicframework.competition.audit;

/** What an audit entry records: a state change, a decision, an override, or a read of a sealed bid after the deadline. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CompetitionAuditAction")
public enum AuditAction {
    COMPETITION_CREATED, COMPETITION_UPDATED,
    CO_COMMISSIONER_INVITED, CO_COMMISSIONER_ACCEPTED, CO_COMMISSIONER_DECLINED,
    EVALUATOR_ASSIGNED, EVALUATOR_REMOVED,
    COMPETITION_PUBLISHED, ELIGIBILITY_OVERRIDDEN, TIMELINE_OVERRIDDEN,
    CLARIFICATION_ANSWERED,
    BID_RECEIVED, BID_WITHDRAWN,
    COMPETITION_CLOSED, BID_EXCLUDED, EVALUATION_STARTED,
    CONFLICT_DECLARED, BID_READ, BID_SCORED, SCORES_MODERATED,
    AWARD_DECIDED, NO_AWARD, COMPETITION_AWARDED, COMPETITION_CANCELLED
}
