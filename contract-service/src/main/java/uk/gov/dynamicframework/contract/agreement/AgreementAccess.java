package uk.gov.dynamicframework.contract.agreement;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import uk.gov.dynamicframework.contract.subcontractor.AgreementSubcontractor;
import uk.gov.dynamicframework.platform.problem.ApiException;
import uk.gov.dynamicframework.platform.security.Caller;
import uk.gov.dynamicframework.platform.security.Roles;

/**
 * Who may do what with an agreement, decided on the agreement itself: its commissioning bodies manage it, its lead
 * provider and the subcontractors delivering in it read it in full, the framework team and auditors read everything,
 * and everyone else reads a published agreement without its contacts and confidential fields.
 */
@RequestScoped
public class AgreementAccess {

    private final Caller caller;

    public AgreementAccess(Caller caller) {
        this.caller = caller;
    }

    public Caller caller() {
        return caller;
    }

    /** A commissioner of one of the agreement's commissioning bodies that is party to it (accepted). */
    public boolean manages(Agreement a) {
        return caller.hasRole(Roles.COMMISSIONER)
                && caller.commissioningBody().filter(body -> a.acceptedBodyIds().contains(body)).isPresent();
    }

    /** A commissioner of a body named on the agreement that has not accepted (yet): reads it, cannot manage it. */
    public boolean isInvited(Agreement a) {
        return caller.hasRole(Roles.COMMISSIONER) && caller.commissioningBody()
                .flatMap(a::body).filter(b -> b.status() == InvitationStatus.INVITED).isPresent();
    }

    /** The capacity the caller acts in on this agreement, as the audit trail records it. */
    public String roleOn(Agreement a) {
        if (manages(a)) {
            return caller.commissioningBody().filter(a.owningBodyId::equals).isPresent() ? "OWNING_COMMISSIONER" : "CO_COMMISSIONER";
        }
        if (isInvited(a)) {
            return "INVITED_COMMISSIONER";
        }
        if (caller.hasRole(Roles.FRAMEWORK_ADMIN)) {
            return "FRAMEWORK_ADMIN";
        }
        if (caller.hasRole(Roles.AUDITOR)) {
            return "AUDITOR";
        }
        if (isLeadProvider(a)) {
            return "LEAD_PROVIDER";
        }
        if (isSubcontractor(a)) {
            return "SUBCONTRACTOR";
        }
        if (isBuyer()) {
            return "BUYING_COMMISSIONER";
        }
        return caller.isAnonymous() ? "PUBLIC" : "OTHER";
    }

    public boolean isLeadProvider(Agreement a) {
        return caller.actsFor(a.leadProviderId);
    }

    public boolean isSubcontractor(Agreement a) {
        if (!caller.hasRole(Roles.PROVIDER)) {
            return false;
        }
        return caller.organisationUuid().map(org -> AgreementSubcontractor.delivers(a.id, org)).orElse(false);
    }

    public boolean readsAll() {
        return caller.hasAnyRole(Roles.FRAMEWORK_ADMIN, Roles.AUDITOR);
    }

    /** Sees contacts, confidential fields and the history. */
    public boolean readsInFull(Agreement a) {
        return readsAll() || manages(a) || isLeadProvider(a) || isSubcontractor(a);
    }

    /** Any commissioner with a body: may buy from a published agreement, so sees its prices and headroom. */
    public boolean isBuyer() {
        return caller.hasRole(Roles.COMMISSIONER) && caller.commissioningBody().isPresent();
    }

    public boolean canRead(Agreement a) {
        return a.published || readsInFull(a) || isInvited(a);
    }

    /** The agreement if the caller may read it; 404 otherwise (an unpublished agreement is not told to exist). */
    public Agreement readable(UUID id) {
        Agreement a = Agreement.require(id);
        if (!canRead(a)) {
            throw ApiException.notFound("Agreement", id);
        }
        return a;
    }

    public void requireFull(Agreement a) {
        caller.require(readsInFull(a), "Only the agreement's commissioners, its providers, the framework team and auditors read this");
    }

    public void requireManager(Agreement a) {
        caller.require(manages(a), "Only a commissioner of one of the agreement's commissioning bodies may change it");
    }

    public void requireLeadProvider(Agreement a) {
        caller.require(isLeadProvider(a), "Only the agreement's lead provider may do this");
    }
}
