package uk.gov.dynamicframework.registry.organisation;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * A check of a claimed identifier against its official register (Charity Commission, Companies House, ...). Called
 * only when {@code df.registry.identity.register-check=true}; a deployment that can reach a register provides its own
 * bean. When it confirms a claim, the claim is verified as if by the framework team, with the evidence it returns.
 */
public interface IdentifierVerifier {

    /**
     * The evidence (what the register says, with its reference) when the register confirms that {@code identifier}
     * is the organisation named {@code organisationName}; empty when it cannot tell (not found, names differ,
     * register unreachable). It never refuses: an unconfirmed claim waits for the framework team.
     */
    Optional<String> evidenceFor(String identifier, String organisationName);

    /** No register is reachable here: every claim waits for the framework team. */
    @ApplicationScoped
    @DefaultBean
    class NoRegisterReachable implements IdentifierVerifier {
        @Override
        public Optional<String> evidenceFor(String identifier, String organisationName) {
            return Optional.empty();
        }
    }
}
