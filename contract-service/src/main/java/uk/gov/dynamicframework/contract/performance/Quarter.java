package uk.gov.dynamicframework.contract.performance;

import java.time.LocalDate;

/** A calendar quarter, written {@code 2026-Q2}. */
public record Quarter(int year, int number) {

    public static final String PATTERN = "[0-9]{4}-Q[1-4]";

    public static Quarter parse(String text) {
        return new Quarter(Integer.parseInt(text.substring(0, 4)), text.charAt(6) - '0');
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
