package uk.gov.dynamicframework.competition.body;

/** A commissioning body, public. */
public record CommissioningBodyView(String code, String name, BodyKind kind, String regionCode, String areaCode) {

    public static CommissioningBodyView of(CommissioningBody b) {
        return new CommissioningBodyView(b.code, b.name, b.kind, b.regionCode, b.areaCode);
    }
}
