package uk.gov.dynamicframework.contract.audit;

/**
 * What an agreement's audit entry records: a state change, a variation or extension, a decision, a disclosure
 * change, a co-commissioner's consent, a call-off order, or a read of confidential commercial detail by someone
 * outside the agreement.
 */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "AgreementAuditAction")
public enum AuditAction {
    AGREEMENT_CREATED, AGREEMENT_ACTIVATED, AGREEMENT_VARIED, AGREEMENT_EXTENDED,
    AGREEMENT_SUSPENDED, AGREEMENT_REINSTATED, AGREEMENT_TERMINATED, AGREEMENT_EXPIRED,
    GRANT_TERMS_SET, DISCLOSURE_CHANGED,
    CO_COMMISSIONER_INVITED, CO_COMMISSIONER_ACCEPTED, CO_COMMISSIONER_DECLINED,
    CALL_OFF_PLACED, CALL_OFF_CANCELLED,
    CONFIDENTIAL_DETAIL_READ
}
