package uk.gov.dynamicframework.competition.body;

/** The kinds of public body that commission probation services. */
public enum BodyKind {
    REGIONAL_PROBATION_DIRECTOR, POLICE_AND_CRIME_COMMISSIONER, PRISON_GOVERNOR, OTHER_AUTHORITY
}
