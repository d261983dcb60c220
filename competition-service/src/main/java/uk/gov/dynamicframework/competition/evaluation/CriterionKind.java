package uk.gov.dynamicframework.competition.evaluation;

/** What a criterion measures; price is scored by formula, the others by evaluators. */
public enum CriterionKind {
    QUALITY, PRICE, SOCIAL_VALUE
}
