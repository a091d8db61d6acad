package io.memberkit.adapter.http.udata.mapping;

import io.memberkit.adapter.http.udata.wire.UdataOrganizationRef;
import io.memberkit.adapter.http.udata.wire.UdataUserRef;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.UserId;

/**
 * How the accounts and organizations a payload names are written, when memberkit writes a uData payload from its
 * model (the domain -> wire direction of the mappers, which take it as MapStruct's {@code @Context}). {@link #BY_ID}
 * names them by id only; a server that shows whole references (names, an email as its viewer may see it) passes
 * its own.
 */
public interface UdataReferences {
    /** Accounts and organizations by id (and API path) only. */
    UdataReferences BY_ID = new UdataReferences() {
        @Override
        public UdataUserRef user(UserId user) {
            return new UdataUserRef("User", user.value(), null, null, null, null, null, null, null, null,
                    UdataValues.userUri(user));
        }

        @Override
        public UdataOrganizationRef organization(OrganizationId organization) {
            return new UdataOrganizationRef("Organization", organization.value(), null, null, null, null, null, null,
                    null, UdataValues.organizationUri(organization));
        }
    };

    UdataUserRef user(UserId user);

    UdataOrganizationRef organization(OrganizationId organization);
}
