package uk.gov.dynamicframework.devtools;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

/**
 * The local token issuer: an RSA key pair made on first use (kept under a git-ignored folder, never committed),
 * and signed JWTs with a role and the organisation or commissioning body claims the services read.
 */
public final class LocalTokens {

    public static final String ISSUER = "https://dynamic-framework.local/issuer";

    private final Path keyDir;
    private PrivateKey signingKey;

    public LocalTokens(Path keyDir) {
        this.keyDir = keyDir;
    }

    public Path publicKey() {
        return keyDir.resolve("public.pem");
    }

    public Path privateKey() {
        return keyDir.resolve("private.pem");
    }

    /** Makes the key pair if it is not there yet. */
    public synchronized LocalTokens ensureKeys() {
        if (Files.exists(publicKey()) && Files.exists(privateKey())) {
            return this;
        }
        try {
            Files.createDirectories(keyDir);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.writeString(privateKey(), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(publicKey(), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            return this;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create the local key pair in " + keyDir, e);
        }
    }

    /** A token for {@code role}; {@code organisationId} and {@code body} may be null. */
    public String issue(String role, String organisationId, String body, String subject) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(role))
                .expiresIn(Duration.ofHours(12));
        if (organisationId != null) {
            claims.claim("org_id", organisationId);
        }
        if (body != null) {
            claims.claim("body", body);
        }
        return claims.jws().keyId("local").sign(signingKey());
    }

    private synchronized PrivateKey signingKey() {
        if (signingKey == null) {
            signingKey = loadPrivateKey();
        }
        return signingKey;
    }

    private PrivateKey loadPrivateKey() {
        try {
            String pem = Files.readString(ensureKeys().privateKey(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read " + privateKey(), e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
