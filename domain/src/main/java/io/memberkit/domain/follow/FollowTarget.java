package io.memberkit.domain.follow;

import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.common.UserId;

/** What can be followed: a user or an organization. */
public sealed interface FollowTarget {
    String id();

    record OfUser(UserId user) implements FollowTarget {
        public OfUser {
            Require.present(user, "user");
        }

        @Override
        public String id() {
            return user.value();
        }
    }

    record OfOrganization(OrganizationId organization) implements FollowTarget {
        public OfOrganization {
            Require.present(organization, "organization");
        }

        @Override
        public String id() {
            return organization.value();
        }
    }
}
