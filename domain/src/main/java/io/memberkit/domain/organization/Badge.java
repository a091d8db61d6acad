package io.memberkit.domain.organization;

/** The badges uData gives organizations. Wire spelling (public-service…) lives in adapters. */
public enum Badge {
    PUBLIC_SERVICE, CERTIFIED, ASSOCIATION, COMPANY, LOCAL_AUTHORITY
}
