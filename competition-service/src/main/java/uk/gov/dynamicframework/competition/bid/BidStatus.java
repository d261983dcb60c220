package uk.gov.dynamicframework.competition.bid;

/** A bid is submitted (and may be resubmitted) or withdrawn until the deadline. */
public enum BidStatus {
    SUBMITTED, WITHDRAWN
}
