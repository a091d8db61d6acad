package io.memberkit.domain.organization;

import io.memberkit.domain.common.OrganizationEvent;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.UserId;
import java.time.Instant;

/** What happens to an organization itself (its members have {@code MembershipEvent}). */
public sealed interface OrganizationLifecycle extends OrganizationEvent {

    /** Created, with its creator as first admin. */
    record OrganizationCreated(UserId actor, Instant at, OrganizationId organization, String name) implements OrganizationLifecycle {
        @Override
        public String describe() {
            return "created organization " + name + " (creator is admin)";
        }
    }

    record OrganizationUpdated(UserId actor, Instant at, OrganizationId organization) implements OrganizationLifecycle {
        @Override
        public String describe() {
            return "updated the organization";
        }
    }

    record OrganizationDeleted(UserId actor, Instant at, OrganizationId organization) implements OrganizationLifecycle {
        @Override
        public String describe() {
            return "deleted the organization";
        }
    }

    record BadgeAdded(UserId actor, Instant at, OrganizationId organization, Badge badge) implements OrganizationLifecycle {
        @Override
        public String describe() {
            return "added badge " + badge;
        }
    }

    record BadgeRemoved(UserId actor, Instant at, OrganizationId organization, Badge badge) implements OrganizationLifecycle {
        @Override
        public String describe() {
            return "removed badge " + badge;
        }
    }
}
