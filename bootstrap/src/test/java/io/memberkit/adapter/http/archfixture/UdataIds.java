package io.memberkit.adapter.http.archfixture;

import io.memberkit.application.port.out.Ids;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.membership.MembershipRequestId;

/** Right: an adapter implementing an outbound port with its own client. */
public final class UdataIds implements Ids {
    private final UdataClientFixture client = new UdataClientFixture();

    @Override
    public UserId newUser() {
        return new UserId(client.get("user"));
    }

    @Override
    public OrganizationId newOrganization() {
        return new OrganizationId(client.get("organization"));
    }

    @Override
    public MembershipRequestId newMembershipRequest() {
        return new MembershipRequestId(client.get("request"));
    }
}
