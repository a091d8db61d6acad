-- Membership beyond the anchors (issue 11): verified addresses, verified domains and the default join role, and
-- the index the invitation rate limit counts with. V2 is api_keys (another branch); this script needs none of it.
-- As V1, one script for H2 (MODE=PostgreSQL) and PostgreSQL 15.

-- Whether the platform confirmed the account's address. Accounts that exist before this migration keep working as
-- they did (their addresses count as verified); a row written without saying so is unverified.
ALTER TABLE users ADD COLUMN email_verified BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE users ALTER COLUMN email_verified SET DEFAULT FALSE;

-- The role of people who join by a verified domain: never admin.
ALTER TABLE organizations ADD COLUMN default_join_role VARCHAR(16) DEFAULT 'editor' NOT NULL;
ALTER TABLE organizations ADD CONSTRAINT organizations_default_join_role_check
    CHECK (default_join_role IN ('editor', 'partial_editor'));

-- The email domains an organization declared; verified_on is set once a site admin verified one.
CREATE TABLE organization_domains (
    organization_id VARCHAR(64)  NOT NULL,
    domain          VARCHAR(253) NOT NULL,
    declared_on     TIMESTAMP WITH TIME ZONE NOT NULL,
    verified_on     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT organization_domains_pk PRIMARY KEY (organization_id, domain),
    CONSTRAINT organization_domains_organization_fk FOREIGN KEY (organization_id) REFERENCES organizations (id),
    CONSTRAINT organization_domains_domain_check CHECK (domain = LOWER(domain) AND domain LIKE '%_._%')
);

-- The invitation rate limit counts an organization's invitations created in the last window:
-- WHERE organization_id = ? AND kind = 'invitation' AND created > ? reads one range of this index.
CREATE INDEX membership_requests_by_kind_idx ON membership_requests (organization_id, kind, created);

-- 'expired' is computed from expires_at and the clock, never stored: membership_requests_status_check (V1)
-- already refuses it.
