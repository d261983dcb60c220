package uk.gov.dynamicframework.contract.agreement;

/** The funding mechanism: a grant (the sector's default ask) or a contract. */
public enum AgreementKind {
    CONTRACT, GRANT
}
