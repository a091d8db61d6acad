package io.memberkit.domain.membership;

/** A membership request comes from the applicant; an invitation from the organization. */
public enum RequestKind {
    REQUEST, INVITATION
}
