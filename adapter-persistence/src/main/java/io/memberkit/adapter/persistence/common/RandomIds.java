package io.memberkit.adapter.persistence.common;

import io.memberkit.application.port.out.Ids;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.membership.MembershipRequestId;
import jakarta.inject.Singleton;
import java.util.UUID;

/** Offline ids: random UUIDs without dashes, unique without asking the database and opaque like uData's. */
@Singleton
public class RandomIds implements Ids {

    @Override
    public UserId newUser() {
        return new UserId(next());
    }

    @Override
    public OrganizationId newOrganization() {
        return new OrganizationId(next());
    }

    @Override
    public MembershipRequestId newMembershipRequest() {
        return new MembershipRequestId(next());
    }

    private static String next() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
