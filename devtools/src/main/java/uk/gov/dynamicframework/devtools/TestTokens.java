package uk.gov.dynamicframework.devtools;

import java.nio.file.Path;

/** Bearer tokens for tests, signed with the test key pair that {@link ServiceTestResource} configures services with. */
public final class TestTokens {

    /** Shared by every module of a test run, so services started as processes accept the same tokens. */
    private static final LocalTokens ISSUER = new LocalTokens(
            Path.of(System.getProperty("java.io.tmpdir"), "dynamic-framework-test-keys"));

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
