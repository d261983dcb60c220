package uk.gov.dynamicframework.contract;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import uk.gov.dynamicframework.devtools.ServiceTestResource;

/** Every test of this module runs against one real Kafka broker and a fresh database for the run. */
@WithTestResource(value = ServiceTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "df_test_contract_service"))
public final class TestEnvironment {
    private TestEnvironment() {
    }
}
