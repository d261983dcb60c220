package uk.gov.dynamicframework.devtools;

/** Bearer tokens for tests, signed with the test key pair that {@link ServiceTestResource} configures. */
public final class TestTokens {

    private static final LocalTokens ISSUER = new LocalTokens(ServiceTestResource.keyDir());

    private TestTokens() {
    }

    static LocalTokens issuer() {
        return ISSUER.ensureKeys();
    }

    /** The public key services under test verify tokens with, as a config location. */
    public static String publicKeyLocation() {
        return issuer().publicKey().toUri().toString();
    }

    public static String bearer(String role) {
        return bearer(role, null, null);
    }

    public static String provider(String organisationId) {
        return bearer("provider", organisationId, null);
    }

    public static String commissioner(String body) {
        return bearer("commissioner", null, body);
    }

    public static String bearer(String role, String organisationId, String body) {
        String subject = role + (organisationId != null ? "@" + organisationId : "") + (body != null ? "@" + body : "");
        return "Bearer " + issuer().issue(role, organisationId, body, subject);
    }
}
