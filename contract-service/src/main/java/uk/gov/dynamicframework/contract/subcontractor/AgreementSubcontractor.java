package uk.gov.dynamicframework.contract.subcontractor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** This service's view of who delivers in which agreement, kept from the supply-chain service's subcontract events. */
@Entity
@Table(name = "agreement_subcontractor")
public class AgreementSubcontractor extends PanacheEntityBase {

    @Id
    @Column(name = "subcontract_id")
    public UUID subcontractId;
    @Column(name = "agreement_id", nullable = false)
    public UUID agreementId;
    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;
    @Column(nullable = false)
    public String status;
    /** A confirmed subcontract: its organisation reads the agreement. */
    @Column(nullable = false)
    public boolean delivering;
    @Column(name = "source_version", nullable = false)
    public long sourceVersion;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static boolean delivers(UUID agreementId, UUID organisationId) {
        return count("agreementId = ?1 and organisationId = ?2 and delivering = true", agreementId, organisationId) > 0;
    }
}
