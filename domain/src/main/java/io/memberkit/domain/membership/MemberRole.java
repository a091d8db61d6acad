package io.memberkit.domain.membership;

/** A member's role in an organization. Wire spelling (partial_editor) lives in adapters. */
public enum MemberRole {
    /** Manages the organization and its members; edits every object. */
    ADMIN,
    /** Edits every object of the organization. */
    EDITOR,
    /** Edits only the objects assigned to them. */
    PARTIAL_EDITOR
}
