package uk.gov.dynamicframework.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class TransienceTest {

    @Test
    void lostConnectionsDeadlocksAndSerializationFailuresAreTheDatabasesPassingTrouble() {
        assertTrue(Transience.isTransient(new RuntimeException(new SQLException("connection refused", "08001"))));
        assertTrue(Transience.isTransient(new IllegalStateException("tx", new SQLException("deadlock", "40P01"))));
        assertTrue(Transience.isTransient(new SQLException("could not serialize access", "40001")));
        assertTrue(Transience.isTransient(new SQLException("terminating connection due to administrator command", "57P01")));
    }

    @Test
    void brokenDataAndBugsAreTheEventsOwn() {
        assertFalse(Transience.isTransient(new IllegalArgumentException("Identifier may not be null")));
        assertFalse(Transience.isTransient(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertFalse(Transience.isTransient(new NullPointerException()));
    }
}
