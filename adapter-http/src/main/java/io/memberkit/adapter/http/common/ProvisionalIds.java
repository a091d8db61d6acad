package io.memberkit.adapter.http.common;

import io.memberkit.application.port.out.Ids;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.membership.MembershipRequestId;
import java.util.UUID;

/**
 * Ids for objects the remote has not created yet. The domain builds a new object with one of these; the creating
 * write (POST) never sends it, and returns the object as the remote stored it, with the remote's own id: a
 * provisional id never outlives the use case. They are recognisable ({@value #PREFIX}...) should one leak.
 */
public final class ProvisionalIds implements Ids {
    public static final String PREFIX = "provisional-";

    public static boolean isProvisional(String id) {
        return id != null && id.startsWith(PREFIX);
    }

    private static String next() {
        return PREFIX + UUID.randomUUID();
    }

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
}
