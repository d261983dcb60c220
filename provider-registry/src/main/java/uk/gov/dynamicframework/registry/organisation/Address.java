package uk.gov.dynamicframework.registry.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {
    @Column(name = "address_line1")
    public String line1;
    @Column(name = "address_line2")
    public String line2;
    @Column(name = "address_town")
    public String town;
    @Column(name = "address_postcode")
    public String postcode;
}
