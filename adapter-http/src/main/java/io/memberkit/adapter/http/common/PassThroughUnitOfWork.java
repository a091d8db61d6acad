package io.memberkit.adapter.http.common;

import io.memberkit.application.port.out.UnitOfWork;
import java.util.function.Supplier;

/**
 * A unit of work that only runs the work. Against a remote API each call is its own transaction: uData, Isogeo
 * and AWX apply every write atomically on their side and offer no way to group several, so nothing here can roll back a call
 * that succeeded before a later one failed. Use cases are written so that their one decisive write comes last
 * (the domain checks first, then the call), which keeps this safe in practice.
 */
public final class PassThroughUnitOfWork implements UnitOfWork {
    @Override
    public <T> T write(Supplier<T> work) {
        return work.get();
    }

    @Override
    public <T> T read(Supplier<T> work) {
        return work.get();
    }
}
