package io.memberkit.application.port.out;

import java.util.function.Supplier;

/**
 * Runs a use case as one transaction: everything it writes lands, or nothing does. The application knows no
 * transaction framework; each adapter family implements this its own way.
 */
public interface UnitOfWork {
    <T> T write(Supplier<T> work);

    /** A read-only unit: a consistent view. No writes inside it: PostgreSQL refuses them in a read-only transaction. */
    <T> T read(Supplier<T> work);
}
