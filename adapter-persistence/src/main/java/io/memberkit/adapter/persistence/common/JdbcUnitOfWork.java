package io.memberkit.adapter.persistence.common;

import io.memberkit.application.port.out.UnitOfWork;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Supplier;

/**
 * One use case, one database transaction, through Micronaut's transaction manager: the repositories find the
 * transaction's connection in the propagated context and write on it. A unit started inside another joins it
 * (propagation REQUIRED), so only the outermost one commits; any exception rolls the whole unit back.
 *
 * <p>Isolation is the databases' default, READ COMMITTED: each statement sees what was committed before it ran.
 * Changes to an organization's members are serialized by a row lock on the organization instead (see
 * {@code JdbcOrganizationRepository#findForMembershipChange}), which is cheaper than SERIALIZABLE and never
 * asks the caller to retry a transaction that did not collide.
 */
@Singleton
public class JdbcUnitOfWork implements UnitOfWork {
    private final TransactionOperations<Connection> transactions;

    public JdbcUnitOfWork(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T write(Supplier<T> work) {
        return run(TransactionDefinition.DEFAULT, work);
    }

    @Override
    public <T> T read(Supplier<T> work) {
        return run(TransactionDefinition.READ_ONLY, work);
    }

    private <T> T run(TransactionDefinition definition, Supplier<T> work) {
        try {
            return transactions.execute(definition, status -> work.get());
        } catch (RuntimeException e) {
            // the commit itself may fail (a serialization failure, a lost connection): translated like any statement
            throw SqlFailures.translate(e);
        }
    }
}
