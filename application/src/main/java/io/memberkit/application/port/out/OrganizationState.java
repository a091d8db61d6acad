package io.memberkit.application.port.out;

/** Whether an organization can be shown: all a hot read needs to know of it before reading its members. */
public enum OrganizationState {
    LIVE,
    DELETED
}
