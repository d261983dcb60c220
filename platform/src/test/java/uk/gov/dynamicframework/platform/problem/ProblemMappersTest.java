package uk.gov.dynamicframework.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.platform.money.Money;

class ProblemMappersTest {

    enum Colour { RED }

    record Line(Money price, Colour colour, LocalDate on, UUID id) {
    }

    record Order(String title, List<Line> lines) {
    }

    private final ObjectMapper strict = new ObjectMapper().findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void anInvalidMoneyMemberIsNamedUnderItsPath() {
        Problem problem = problemFor("{\"lines\": [{\"price\": {\"amount\": 1, \"currency\": \"EUR\"}}]}");
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).containsExactly(new Problem.FieldViolation("lines[0].price.currency", "must be GBP"));
    }

    @Test
    void anUnknownPropertyIsNamed() {
        Problem problem = problemFor("{\"title\": \"x\", \"frameworkStatus\": \"QUALIFIED\"}");
        assertThat(problem.errors()).containsExactly(
                new Problem.FieldViolation("frameworkStatus", "is not a property of this request"));
    }

    @Test
    void valuesThatDoNotParseAreNamed() {
        assertThat(problemFor("{\"lines\": [{\"colour\": \"PURPLE\"}]}").errors()).extracting(Problem.FieldViolation::field)
                .containsExactly("lines[0].colour");
        assertThat(problemFor("{\"lines\": [{\"on\": \"2026-02-30\"}]}").errors()).extracting(Problem.FieldViolation::field)
                .containsExactly("lines[0].on");
        assertThat(problemFor("{\"lines\": [{\"id\": \"not-a-uuid\"}]}").errors()).extracting(Problem.FieldViolation::field)
                .containsExactly("lines[0].id");
    }

    @Test
    void aLockTheDatabaseGaveUpIsA503ToRetryNotA500() {
        Response response = mappers.lockNotAcquired(new jakarta.persistence.PessimisticLockException("deadlock detected"), null);
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("1");
        assertThat(((Problem) response.getEntity()).type()).isEqualTo("urn:df:problem:busy");
    }

    @Test
    void problemsAreProblemJsonWithTypeTitleStatusAndDetail() {
        Response response = mappers.api(ApiException.conflict("Already there"), null);
        Problem problem = (Problem) response.getEntity();
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(problem.type()).isEqualTo("urn:df:problem:conflict");
        assertThat(problem.title()).isNotEqualTo(problem.detail());
        assertThat(problem.detail()).isEqualTo("Already there");
        assertThat(problem.status()).isEqualTo(409);
    }

    @Test
    void anUnexpectedFailureSaysNothingInternal() {
        Problem problem = (Problem) mappers.unexpected(new IllegalStateException("SELECT * FROM secrets"), null).getEntity();
        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.detail()).doesNotContain("SELECT");
    }

    private Problem problemFor(String body) {
        JsonMappingException e = catchThrowableOfType(JsonMappingException.class, () -> strict.readValue(body, Order.class));
        return (Problem) mappers.jsonMapping(e, null).getEntity();
    }
}
