package io.memberkit.application.port.in.mirror;

/** The last sync of each remote, the writes waiting in the outbox, and the conflicts set aside. */
public interface GetMirrorStatusUseCase {
    MirrorStatus status(GetMirrorStatus command);
}
