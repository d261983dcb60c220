package uk.gov.dynamicframework.platform.problem;

/**
 * Thrown by a value type's constructor (such as {@code Money}) when a member it was given is not valid. When the
 * value is read from a request body, the problem names the member under the value's JSON path:
 * {@code lots[0].maxValue.currency}.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String member;
    private final String reason;

    public InvalidValueException(String member, String reason) {
        super(member + ": " + reason);
        this.member = member;
        this.reason = reason;
    }

    /** The member of the value that is wrong, such as {@code currency}. */
    public String member() {
        return member;
    }

    /** What is wrong with it, such as {@code must be GBP}. */
    public String reason() {
        return reason;
    }
}
