package io.memberkit.application.service;

import io.memberkit.application.port.in.mirror.DiscardConflict;
import io.memberkit.application.port.in.mirror.DiscardConflictUseCase;
import io.memberkit.application.port.in.mirror.GetMirrorStatus;
import io.memberkit.application.port.in.mirror.GetMirrorStatusUseCase;
import io.memberkit.application.port.in.mirror.MirrorStatus;
import io.memberkit.application.port.in.mirror.RetryConflict;
import io.memberkit.application.port.in.mirror.RetryConflictUseCase;
import io.memberkit.application.port.out.MirrorRepository;
import io.memberkit.application.port.out.OutboxEntry;
import io.memberkit.application.port.out.OutboxRepository;
import io.memberkit.application.port.out.OutboxState;
import io.memberkit.application.port.out.UnitOfWork;
import io.memberkit.domain.error.Conflict;
import io.memberkit.domain.error.NotFound;
import java.time.Clock;
import java.util.ArrayList;

/** What a mirror stands at, and what a person decides about its conflicts. Local only: no remote is called. */
public final class MirrorStatusService implements GetMirrorStatusUseCase, RetryConflictUseCase,
        DiscardConflictUseCase {
    private final MirrorRepository mirror;
    private final OutboxRepository outbox;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public MirrorStatusService(MirrorRepository mirror, OutboxRepository outbox, UnitOfWork unitOfWork, Clock clock) {
        this.mirror = mirror;
        this.outbox = outbox;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public MirrorStatus status(GetMirrorStatus command) {
        return unitOfWork.read(() -> {
            var pending = new ArrayList<>(outbox.inState(OutboxState.SENDING, command.limit()));
            pending.addAll(outbox.inState(OutboxState.PENDING, command.limit()));
            pending.sort(java.util.Comparator.comparingLong(OutboxEntry::sequence));
            return new MirrorStatus(mirror.lastRuns(), pending.subList(0, Math.min(pending.size(), command.limit())),
                    outbox.inState(OutboxState.CONFLICT, command.limit()));
        });
    }

    @Override
    public OutboxEntry retry(RetryConflict command) {
        return move(command.sequence(), OutboxState.PENDING);
    }

    @Override
    public OutboxEntry discard(DiscardConflict command) {
        return move(command.sequence(), OutboxState.DISCARDED);
    }

    private OutboxEntry move(long sequence, OutboxState to) {
        return unitOfWork.write(() -> {
            var entry = outbox.find(sequence).orElseThrow(() -> new NotFound("no outbox entry " + sequence));
            if (entry.state() != OutboxState.CONFLICT) {
                throw new Conflict("outbox entry " + sequence + " is " + entry.state().name().toLowerCase()
                        + ", not a conflict");
            }
            outbox.mark(sequence, to, entry.message(), clock.instant());
            return outbox.find(sequence).orElseThrow();
        });
    }
}
