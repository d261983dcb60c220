package uk.gov.dynamicframework.registry.organisation;

/** What commissioners and the sector track about who an organisation is led by and for. */
public enum Characteristic {
    LED_BY_AND_FOR_RACIALLY_MINORITISED_PEOPLE,
    LED_BY_AND_FOR_DISABLED_PEOPLE,
    LED_BY_AND_FOR_LGBTQ_PEOPLE,
    LED_BY_AND_FOR_PEOPLE_WITH_LIVED_EXPERIENCE,
    WOMENS_SPECIALIST,
    WELSH_ORGANISATION,
    USER_LED
}
