package io.memberkit.application.port.in.me;

import java.util.List;

/** The organizations the signed-in user belongs to, with their role; deleted ones excluded. */
public interface ListMyOrganizationsUseCase {
    List<MyOrganization> list(ListMyOrganizations query);
}
