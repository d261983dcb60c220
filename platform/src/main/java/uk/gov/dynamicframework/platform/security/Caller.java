package uk.gov.dynamicframework.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import uk.gov.dynamicframework.platform.problem.ApiException;

/** Who is calling: roles and the organisation or commissioning body the token acts for. */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final JsonWebToken jwt;

    public Caller(SecurityIdentity identity, JsonWebToken jwt) {
        this.identity = identity;
        this.jwt = jwt;
    }

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean hasAnyRole(String... roles) {
        return Arrays.stream(roles).anyMatch(identity::hasRole);
    }

    public boolean isFrameworkAdmin() {
        return identity.hasRole(Roles.FRAMEWORK_ADMIN);
    }

    /** The organisation a provider token acts for; a claim that is not an organisation id is refused (403). */
    public Optional<UUID> organisationUuid() {
        return claim(Roles.ORGANISATION_CLAIM).map(claim -> {
            try {
                return UUID.fromString(claim);
            } catch (IllegalArgumentException e) {
                throw ApiException.forbidden("The token's org_id claim is not an organisation id");
            }
        });
    }

    /** The commissioning body a commissioner or evaluator token acts for. */
    public Optional<String> commissioningBody() {
        return claim(Roles.BODY_CLAIM);
    }

    /** Who to record as having made a change. */
    public String actor() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** True for a provider token acting for {@code organisationId}. */
    public boolean actsFor(UUID organisationId) {
        return hasRole(Roles.PROVIDER) && organisationUuid().filter(organisationId::equals).isPresent();
    }

    public void require(boolean allowed, String detail) {
        if (!allowed) {
            throw ApiException.forbidden(detail);
        }
    }

    private Optional<String> claim(String name) {
        if (identity.isAnonymous() || jwt == null) {
            return Optional.empty();
        }
        Object value = jwt.getClaim(name);
        return value == null ? Optional.empty() : Optional.of(value.toString().replace("\"", ""));
    }
}
