package uk.gov.dynamicframework.registry.organisation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;
import java.util.Set;

/** The registry's rules on identities and declarations, overridable by environment ({@code DF_REGISTRY_...}). */
@ConfigMapping(prefix = "df.registry")
public interface OrganisationConfig {

    Identity identity();

    Declarations declarations();

    interface Identity {
        /** Whether new claims are checked against the official registers by the {@link IdentifierVerifier} bean. */
        @WithDefault("false")
        boolean registerCheck();
    }

    interface Declarations {
        /**
         * Reviewed fields a qualified organisation may change without the framework team's approval (none by
         * default). Name, address, contacts and website are always self-service.
         */
        Optional<Set<ReviewedField>> selfService();
    }
}
