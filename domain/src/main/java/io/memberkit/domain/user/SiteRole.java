package io.memberkit.domain.user;

/** Roles on the whole site, beyond any organization. uData knows one: admin. */
public enum SiteRole {
    ADMIN
}
