package uk.gov.dynamicframework.competition.lot;

/** What became of a lot once the competition is decided. */
public enum LotOutcome {
    AWARDED, NO_AWARD, CANCELLED
}
