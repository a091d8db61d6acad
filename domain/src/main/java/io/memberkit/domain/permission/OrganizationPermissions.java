package io.memberkit.domain.permission;

/** uData's permission object on an organization: {@code {edit, delete, members, harvest, private}}. */
public record OrganizationPermissions(boolean edit, boolean delete, boolean members, boolean harvest,
                                      boolean privateAccess) {
    public static final OrganizationPermissions NONE = new OrganizationPermissions(false, false, false, false, false);
    public static final OrganizationPermissions ALL = new OrganizationPermissions(true, true, true, true, true);
    /** An editor sees private content but manages nothing. */
    public static final OrganizationPermissions EDITOR = new OrganizationPermissions(false, false, false, false, true);
}
