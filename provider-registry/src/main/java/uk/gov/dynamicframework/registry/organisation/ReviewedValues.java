package uk.gov.dynamicframework.registry.organisation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** An organisation's reviewed declarations (see {@link ReviewedField}), as approved or as proposed. */
public record ReviewedValues(Set<String> legalIdentifiers, LegalForm legalForm, Sector sector, IncomeBand incomeBand,
        Set<Characteristic> characteristics) {

    public static ReviewedValues of(Organisation o) {
        return new ReviewedValues(new TreeSet<>(o.legalIdentifiers), o.legalForm, o.sector, o.incomeBand,
                new TreeSet<>(o.characteristics));
    }

    /** Sets {@code fields} of the organisation to these values. */
    public void applyTo(Organisation o, Set<ReviewedField> fields) {
        for (ReviewedField field : fields) {
            switch (field) {
                case LEGAL_IDENTIFIERS -> {
                    o.legalIdentifiers.clear();
                    o.legalIdentifiers.addAll(legalIdentifiers);
                }
                case LEGAL_FORM -> o.legalForm = legalForm;
                case SECTOR -> o.sector = sector;
                case INCOME_BAND -> o.incomeBand = incomeBand;
                case CHARACTERISTICS -> {
                    o.characteristics.clear();
                    o.characteristics.addAll(characteristics);
                }
            }
        }
    }

    /** The value of each field, comparable and as the history shows it. */
    public Map<ReviewedField, Object> byField() {
        Map<ReviewedField, Object> values = new LinkedHashMap<>();
        values.put(ReviewedField.LEGAL_IDENTIFIERS, new TreeSet<>(legalIdentifiers));
        values.put(ReviewedField.LEGAL_FORM, legalForm);
        values.put(ReviewedField.SECTOR, sector);
        values.put(ReviewedField.INCOME_BAND, incomeBand);
        values.put(ReviewedField.CHARACTERISTICS, new TreeSet<>(characteristics.stream().map(Enum::name).toList()));
        return values;
    }
}
