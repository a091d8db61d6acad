package io.memberkit.application.port.out;

/** What kind of mirrored row an origin record is about; counts are kept per kind. */
public enum MirrorKind {
    ORGANIZATION, USER, MEMBER, REQUEST, ASSIGNMENTS
}
