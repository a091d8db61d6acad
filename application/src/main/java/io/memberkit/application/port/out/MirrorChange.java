package io.memberkit.application.port.out;

/** What a sync did to one mirrored row. */
public enum MirrorChange {
    ADDED, UPDATED, REMOVED, UNCHANGED
}
