package uk.gov.dynamicframework.registry.organisation;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Legal identifiers in the org-id.guide scheme, with the format each register uses. */
public final class OrgIdentifiers {

    private static final Map<String, Rule> RULES = Map.of(
            "GB-CHC", new Rule(Pattern.compile("\\d{6,8}"), "a Charity Commission registered charity number (6 to 8 digits)"),
            "GB-COH", new Rule(Pattern.compile("(\\d{8}|[A-Z]{2}\\d{6})"), "a Companies House number (8 digits, or 2 letters and 6 digits)"),
            "GB-SC", new Rule(Pattern.compile("SC\\d{6}"), "a Scottish Charity Register number (SC and 6 digits)"),
            "GB-NIC", new Rule(Pattern.compile("\\d{5,6}"), "a Charity Commission for Northern Ireland number (5 or 6 digits)"),
            "GB-MPR", new Rule(Pattern.compile("\\d{1,6}[A-Z]{0,2}"), "a Mutuals Public Register number (digits, then up to 2 letters)"));

    private record Rule(Pattern pattern, String description) {
    }

    private OrgIdentifiers() {
    }

    /** Empty when {@code identifier} is valid, else what is wrong with it. */
    public static Optional<String> problemWith(String identifier) {
        if (identifier == null || identifier.isBlank()) {
            return Optional.of("must not be blank");
        }
        for (var entry : RULES.entrySet()) {
            String prefix = entry.getKey() + "-";
            if (identifier.startsWith(prefix)) {
                String local = identifier.substring(prefix.length());
                return entry.getValue().pattern.matcher(local).matches() ? Optional.empty()
                        : Optional.of(entry.getKey() + "- must be followed by " + entry.getValue().description);
            }
        }
        return Optional.of("must start with one of GB-CHC-, GB-COH-, GB-SC-, GB-NIC-, GB-MPR-");
    }
}
