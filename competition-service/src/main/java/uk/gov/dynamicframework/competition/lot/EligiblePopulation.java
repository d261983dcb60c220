package uk.gov.dynamicframework.competition.lot;

/** Who a lot's service is for; {@code ANY} alone when it is for everyone on probation. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "LotEligiblePopulation")
public enum EligiblePopulation {
    ANY, WOMEN, MEN, AGED_18_TO_25, AGED_26_AND_OVER
}
