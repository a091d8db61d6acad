package io.memberkit.application.port.in.mirror;

/**
 * Mirrors a remote into the local database: the key's owner, the organizations of the scope with their members,
 * pending invitations and requests, and assignments. Incremental (only what changed is written; what disappeared
 * remotely is removed) and resumable (an interrupted run continues from its checkpoint).
 */
public interface SyncMirrorUseCase {
    SyncReport sync(SyncMirror command);
}
