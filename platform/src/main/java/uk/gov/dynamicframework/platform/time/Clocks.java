package uk.gov.dynamicframework.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The one source of time for domain rules; tests replace it to move deadlines without sleeping. */
public class Clocks {

    @Produces
    @Singleton
    @DefaultBean
    public Clock systemClock() {
        return Clock.systemUTC();
    }
}
