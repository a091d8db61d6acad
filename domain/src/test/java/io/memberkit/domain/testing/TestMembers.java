package io.memberkit.domain.testing;

import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.user.User;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/** Test members with fixed defaults and counter-based ids: {@code TestMembers.anEditor().of(organization).build()}. */
public final class TestMembers {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestMembers() {
    }

    public static Builder anAdmin() {
        return new Builder(COUNTER.incrementAndGet(), MemberRole.ADMIN);
    }

    public static Builder anEditor() {
        return new Builder(COUNTER.incrementAndGet(), MemberRole.EDITOR);
    }

    public static Builder aPartialEditor() {
        return new Builder(COUNTER.incrementAndGet(), MemberRole.PARTIAL_EDITOR);
    }

    public static final class Builder {
        private OrganizationId organization;
        private UserId user;
        private MemberRole role;
        private Instant since = TestClock.START;

        private Builder(int n, MemberRole role) {
            this.organization = new OrganizationId("org-of-member-" + n);
            this.user = new UserId("member-" + n);
            this.role = role;
        }

        public Builder of(Organization value) {
            return of(value.id());
        }

        public Builder of(OrganizationId value) {
            this.organization = value;
            return this;
        }

        public Builder user(User value) {
            return user(value.id());
        }

        public Builder user(UserId value) {
            this.user = value;
            return this;
        }

        public Builder role(MemberRole value) {
            this.role = value;
            return this;
        }

        public Builder since(Instant value) {
            this.since = value;
            return this;
        }

        public Member build() {
            return new Member(organization, user, role, since);
        }
    }
}
