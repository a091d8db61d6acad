package io.memberkit.domain.testing;

import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Slug;
import io.memberkit.domain.organization.Badge;
import io.memberkit.domain.organization.BusinessNumber;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.organization.OrganizationDetails;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Test organizations with fixed defaults and counter-based ids. */
public final class TestOrganizations {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    /** A SIRET whose Luhn check holds. */
    public static final String VALID_SIRET = "73282932000074";

    private TestOrganizations() {
    }

    public static Builder anOrganization() {
        return new Builder(COUNTER.incrementAndGet());
    }

    public static OrganizationDetails details(String name) {
        return new OrganizationDetails(name, null, "About " + name, null, null, null);
    }

    public static final class Builder {
        private String id;
        private String name;
        private String acronym;
        private BusinessNumber businessNumber;
        private Set<Badge> badges = Set.of();
        private Instant created = TestClock.START;
        private Instant deleted;

        private Builder(int n) {
            this.id = "org-" + n;
            this.name = "Organization " + n;
        }

        public Builder id(String value) {
            this.id = value;
            return this;
        }

        public Builder named(String value) {
            this.name = value;
            return this;
        }

        public Builder acronym(String value) {
            this.acronym = value;
            return this;
        }

        public Builder businessNumber(String siret) {
            this.businessNumber = new BusinessNumber(siret);
            return this;
        }

        public Builder badges(Badge... values) {
            this.badges = Set.of(values);
            return this;
        }

        public Builder created(Instant value) {
            this.created = value;
            return this;
        }

        public Builder deleted() {
            this.deleted = TestClock.START;
            return this;
        }

        public Organization build() {
            return new Organization(new OrganizationId(id), name, acronym, Slug.from(name + " " + id), "About " + name,
                    null, null, businessNumber, badges, created, created, deleted, null);
        }
    }
}
