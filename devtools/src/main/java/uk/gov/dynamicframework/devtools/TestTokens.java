package uk.gov.dynamicframework.devtools;

import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

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

    /** A well-formed token for {@code role} signed by a key the services do not trust: must be refused (401). */
    public static String withBadSignature(String role) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return "Bearer " + Jwt.issuer(LocalTokens.ISSUER).subject(role).upn(role).groups(Set.of(role))
                    .expiresIn(3600).jws().keyId("local").sign(generator.generateKeyPair().getPrivate());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token for {@code role} signed with the trusted key but issued by someone else: must be refused (401). */
    public static String fromWrongIssuer(String role) {
        return "Bearer " + Jwt.issuer("https://issuer.example.net/not-ours").subject(role).upn(role).groups(Set.of(role))
                .expiresIn(3600).jws().keyId("local").sign(trustedKey());
    }

    /** A token for {@code role} signed with the trusted key that expired an hour ago: must be refused (401). */
    public static String expired(String role) {
        Instant now = Instant.now();
        return "Bearer " + Jwt.issuer(LocalTokens.ISSUER).subject(role).upn(role).groups(Set.of(role))
                .issuedAt(now.minusSeconds(7200)).expiresAt(now.minusSeconds(3600)).jws().keyId("local")
                .sign(trustedKey());
    }

    private static PrivateKey trustedKey() {
        try {
            String pem = Files.readString(issuer().privateKey(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (java.io.IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the local signing key", e);
        }
    }
}
