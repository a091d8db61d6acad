package io.memberkit.domain.testing;

import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.MembershipRequest;
import io.memberkit.domain.membership.MembershipRequestId;
import io.memberkit.domain.membership.Memberships;
import io.memberkit.domain.membership.RequestKind;
import io.memberkit.domain.membership.RequestStatus;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.user.User;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Pending invitations and membership requests with fixed defaults and counter-based ids. An invitation is created
 * at {@link TestClock#START} and runs for {@link Memberships#DEFAULT_INVITATION_TTL}; both default to the editor role.
 */
public final class TestMembershipRequests {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestMembershipRequests() {
    }

    /** An admin's pending invitation of a known user. */
    public static Builder anInvitation() {
        int n = COUNTER.incrementAndGet();
        return new Builder(n, RequestKind.INVITATION, "invitee-" + n)
                .expiresAt(TestClock.START.plus(Memberships.DEFAULT_INVITATION_TTL));
    }

    /** A user's pending request to join, with a comment. */
    public static Builder aMembershipRequest() {
        int n = COUNTER.incrementAndGet();
        return new Builder(n, RequestKind.REQUEST, "applicant-" + n).comment("I maintain our open datasets");
    }

    public static final class Builder {
        private final RequestKind kind;
        private String id;
        private OrganizationId organization;
        private Invitee invitee;
        private RequestStatus status = RequestStatus.PENDING;
        private MemberRole role = MemberRole.EDITOR;
        private String comment;
        private Set<SubjectRef> assignments = Set.of();
        private Instant created = TestClock.START;
        private UserId createdBy;
        private Instant expiresAt;

        private Builder(int n, RequestKind kind, String user) {
            this.kind = kind;
            this.id = "request-" + n;
            this.organization = new OrganizationId("org-of-request-" + n);
            this.invitee = new Invitee.Known(new UserId(user));
            this.createdBy = kind == RequestKind.INVITATION ? new UserId("inviter-" + n) : new UserId(user);
        }

        public Builder id(String value) {
            this.id = value;
            return this;
        }

        public Builder of(Organization value) {
            return of(value.id());
        }

        public Builder of(OrganizationId value) {
            this.organization = value;
            return this;
        }

        /** Addressed to a known user (for a membership request: the applicant). */
        public Builder forUser(User value) {
            return forUser(value.id());
        }

        public Builder forUser(UserId value) {
            this.invitee = new Invitee.Known(value);
            if (kind == RequestKind.REQUEST) {
                this.createdBy = value;
            }
            return this;
        }

        /** An invitation by email, for someone who may not have an account yet. */
        public Builder forEmail(String value) {
            this.invitee = new Invitee.ByEmail(new EmailAddress(value));
            return this;
        }

        public Builder role(MemberRole value) {
            this.role = value;
            return this;
        }

        public Builder assignments(SubjectRef... values) {
            this.assignments = Set.of(values);
            return this;
        }

        public Builder comment(String value) {
            this.comment = value;
            return this;
        }

        public Builder status(RequestStatus value) {
            this.status = value;
            return this;
        }

        public Builder created(Instant value) {
            this.created = value;
            return this;
        }

        public Builder expiresAt(Instant value) {
            this.expiresAt = value;
            return this;
        }

        public MembershipRequest build() {
            boolean handled = status != RequestStatus.PENDING;
            return new MembershipRequest(new MembershipRequestId(id), organization, kind, status, invitee, role,
                    comment, assignments, created, createdBy, handled ? createdBy : null, handled ? created : null,
                    null, expiresAt);
        }
    }
}
