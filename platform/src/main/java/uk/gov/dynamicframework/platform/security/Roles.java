package uk.gov.dynamicframework.platform.security;

/** The roles of DESIGN.md, carried in the token's {@code groups} claim. */
public final class Roles {
    public static final String FRAMEWORK_ADMIN = "framework-admin";
    /** Acts for the commissioning body in the {@code body} claim. */
    public static final String COMMISSIONER = "commissioner";
    public static final String EVALUATOR = "evaluator";
    /** Acts for the organisation in the {@code org_id} claim. */
    public static final String PROVIDER = "provider";
    public static final String AUDITOR = "auditor";

    /** Claim naming the organisation a provider acts for. */
    public static final String ORGANISATION_CLAIM = "org_id";
    /** Claim naming the commissioning body a commissioner or evaluator acts for. */
    public static final String BODY_CLAIM = "body";

    private Roles() {
    }
}
