package io.memberkit.bootstrap.wiring;

import io.memberkit.application.port.in.mirror.DiscardConflictUseCase;
import io.memberkit.application.port.in.mirror.GetMirrorStatusUseCase;
import io.memberkit.application.port.in.mirror.PushOutboxUseCase;
import io.memberkit.application.port.in.mirror.RetryConflictUseCase;
import io.memberkit.application.port.in.mirror.SyncMirrorUseCase;
import io.memberkit.application.service.MirrorStatusService;
import io.memberkit.domain.error.InvalidInput;

/**
 * The offline mirror's use cases: sync and push need the remote (see {@code Memberkit.Builder#mirrorOf}); the status
 * and the conflicts' retry and discard are local. Asking for sync or push without a remote is bad input naming it.
 */
public final class MirrorUseCases {
    private final SyncMirrorUseCase sync;
    private final PushOutboxUseCase push;
    private final MirrorStatusService status;

    MirrorUseCases(SyncMirrorUseCase sync, PushOutboxUseCase push, MirrorStatusService status) {
        this.sync = sync;
        this.push = push;
        this.status = status;
    }

    public SyncMirrorUseCase syncMirror() {
        if (sync == null) {
            throw InvalidInput.of("remote", "name the remote to mirror (--remote <base-url>)");
        }
        return sync;
    }

    public PushOutboxUseCase pushOutbox() {
        if (push == null) {
            throw InvalidInput.of("remote", "name the remote to push to (--remote <base-url>)");
        }
        return push;
    }

    public GetMirrorStatusUseCase getMirrorStatus() {
        return status;
    }

    public RetryConflictUseCase retryConflict() {
        return status;
    }

    public DiscardConflictUseCase discardConflict() {
        return status;
    }
}
