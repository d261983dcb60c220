package uk.gov.dynamicframework.platform.inbox;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;

/** Whether a failure is the database's passing trouble rather than anything wrong with the event. */
final class Transience {

    private Transience() {
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof JDBCConnectionException || t instanceof LockAcquisitionException
                    || t instanceof LockTimeoutException || t instanceof PessimisticLockException
                    || t instanceof OptimisticLockException || t instanceof QueryTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 08 connection, 40 rollback (serialization failure, deadlock), 53 resources, 57P shutdown
                if (state.startsWith("08") || state.startsWith("40") || state.startsWith("53") || state.startsWith("57P")) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
