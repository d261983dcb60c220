package uk.gov.dynamicframework.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.platform.problem.ApiException;

class PreconditionsTest {

    @Test
    void theETagIsTheQuotedVersion() {
        assertThat(Preconditions.etag(3)).isEqualTo("\"3\"");
        assertThat(Preconditions.entityTag(3).toString()).isEqualTo("\"3\"");
    }

    @Test
    void strongWeakListedAndWildcardFormsMatch() {
        assertThatCode(() -> Preconditions.requireMatch("\"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> Preconditions.requireMatch("W/\"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> Preconditions.requireMatch("\"2\", W/\"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> Preconditions.requireMatch("*", 3)).doesNotThrowAnyException();
    }

    @Test
    void aMissingOrBlankIfMatchIs428() {
        for (String missing : new String[] { null, "", "  " }) {
            assertThatThrownBy(() -> Preconditions.requireMatch(missing, 3, "organisation"))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(428);
                        assertThat(e.getMessage()).isEqualTo("Send If-Match with the ETag of the organisation you read");
                    });
        }
    }

    @Test
    void anotherVersionOrAnUnquotedTagIs412NamingTheCurrentETag() {
        for (String stale : new String[] { "\"2\"", "W/\"2\"", "3", "\"30\"", "\"2\", \"4\"" }) {
            assertThatThrownBy(() -> Preconditions.requireMatch(stale, 3))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(412);
                        assertThat(e.getMessage()).contains("now \"3\"");
                    });
        }
    }
}
