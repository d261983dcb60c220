package uk.gov.dynamicframework.registry.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "organisation")
public class Organisation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organisation_identifier", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "identifier", nullable = false)
    public Set<String> legalIdentifiers = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_form", nullable = false)
    public LegalForm legalForm;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sector sector;

    @Enumerated(EnumType.STRING)
    @Column(name = "income_band", nullable = false)
    public IncomeBand incomeBand;

    @Embedded
    public Address address = new Address();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public List<Contact> contacts = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organisation_characteristic", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "characteristic", nullable = false)
    @Enumerated(EnumType.STRING)
    public Set<Characteristic> characteristics = new LinkedHashSet<>();

    /** Police force areas (GSS codes) the organisation is based in and rooted in, sorted. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "local_areas", columnDefinition = "text[]", nullable = false)
    public List<String> localAreas = new ArrayList<>();

    public String website;

    @Enumerated(EnumType.STRING)
    @Column(name = "framework_status", nullable = false)
    public FrameworkStatus frameworkStatus = FrameworkStatus.NOT_APPLIED;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Version
    public long version;

    /** A contact person; private to the organisation and the framework team. */
    public record Contact(String name, String role, String email, String phone) {
    }
}
