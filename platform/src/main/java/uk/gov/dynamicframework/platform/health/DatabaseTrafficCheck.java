package uk.gov.dynamicframework.platform.health;

import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Health group {@code traffic} ({@code /q/health/group/traffic}): whether this instance can serve requests, which
 * needs its database but not Kafka, since the outbox keeps writes safe while the broker is away. Orchestrators route
 * traffic on this; {@code /q/health/ready} (database and Kafka) says whether the instance is fully working.
 */
@HealthGroup("traffic")
@ApplicationScoped
public class DatabaseTrafficCheck implements HealthCheck {

    private final DataSource dataSource;

    public DatabaseTrafficCheck(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            return HealthCheckResponse.named("database").status(connection.isValid(2)).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("database").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
