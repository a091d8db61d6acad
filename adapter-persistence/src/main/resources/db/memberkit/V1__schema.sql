-- memberkit's schema, one script for embedded H2 (MODE=PostgreSQL) and PostgreSQL 15.
-- Two placeholders carry the only differences (see SqlDialectPlaceholders):
--   ${lc_collation}  COLLATE "C" on PostgreSQL, so prefix ranges on lower-case columns follow code-point order
--                    and use the b-tree; empty on H2, which compares code points already.
--   ${stored}        STORED on PostgreSQL, which has only stored generated columns; empty on H2 (always stored).
-- The schema repeats the domain's invariants, so a write that bypasses the domain is refused too.

CREATE TABLE users (
    id            VARCHAR(64)    NOT NULL,
    slug          VARCHAR(200)   ${lc_collation} NOT NULL,
    first_name    VARCHAR(255)   NOT NULL,
    last_name     VARCHAR(255)   NOT NULL,
    email         VARCHAR(254),
    about         VARCHAR(10000),
    website       VARCHAR(2000),
    avatar        VARCHAR(10000),
    roles         VARCHAR(255)   NOT NULL,
    active        BOOLEAN        NOT NULL,
    since         TIMESTAMP WITH TIME ZONE NOT NULL,
    last_login    TIMESTAMP WITH TIME ZONE,
    deleted       TIMESTAMP WITH TIME ZONE,
    -- H2 has no expression index: prefix search reads these stored, indexed copies
    first_name_lc VARCHAR(255)   ${lc_collation} GENERATED ALWAYS AS (LOWER(first_name)) ${stored},
    last_name_lc  VARCHAR(255)   ${lc_collation} GENERATED ALWAYS AS (LOWER(last_name)) ${stored},
    email_lc      VARCHAR(254)   ${lc_collation} GENERATED ALWAYS AS (LOWER(email)) ${stored},
    CONSTRAINT users_pk PRIMARY KEY (id),
    CONSTRAINT users_slug_key UNIQUE (slug),
    -- NULLs are distinct in a unique constraint: unique where not null, on H2 too (no partial index there)
    CONSTRAINT users_email_key UNIQUE (email),
    CONSTRAINT users_roles_check CHECK (roles IN ('', 'admin'))
);
CREATE INDEX users_first_name_lc_idx ON users (first_name_lc);
CREATE INDEX users_last_name_lc_idx ON users (last_name_lc);
CREATE INDEX users_email_lc_idx ON users (email_lc);
CREATE INDEX users_since_idx ON users (since, id);

CREATE TABLE organizations (
    id                 VARCHAR(64)    NOT NULL,
    name               VARCHAR(255)   NOT NULL,
    acronym            VARCHAR(255),
    slug               VARCHAR(200)   ${lc_collation} NOT NULL,
    description        VARCHAR(10000),
    url                VARCHAR(2000),
    logo               VARCHAR(10000),
    business_number_id VARCHAR(14),
    created            TIMESTAMP WITH TIME ZONE NOT NULL,
    last_modified      TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted            TIMESTAMP WITH TIME ZONE,
    -- members and followers are kept by the adapter in the writing transaction; the others are mirrored
    members_count      BIGINT         DEFAULT 0 NOT NULL,
    followers_count    BIGINT         DEFAULT 0 NOT NULL,
    datasets_count     BIGINT         DEFAULT 0 NOT NULL,
    reuses_count       BIGINT         DEFAULT 0 NOT NULL,
    views_count        BIGINT         DEFAULT 0 NOT NULL,
    name_lc            VARCHAR(255)   ${lc_collation} GENERATED ALWAYS AS (LOWER(name)) ${stored},
    acronym_lc         VARCHAR(255)   ${lc_collation} GENERATED ALWAYS AS (LOWER(acronym)) ${stored},
    CONSTRAINT organizations_pk PRIMARY KEY (id),
    CONSTRAINT organizations_slug_key UNIQUE (slug),
    CONSTRAINT organizations_business_number_check CHECK (CHAR_LENGTH(business_number_id) = 14),
    CONSTRAINT organizations_metrics_check CHECK (members_count >= 0 AND followers_count >= 0
        AND datasets_count >= 0 AND reuses_count >= 0 AND views_count >= 0)
);
CREATE INDEX organizations_name_lc_idx ON organizations (name_lc);
CREATE INDEX organizations_acronym_lc_idx ON organizations (acronym_lc);
CREATE INDEX organizations_created_idx ON organizations (created);
CREATE INDEX organizations_business_number_idx ON organizations (business_number_id);

CREATE TABLE organization_badges (
    organization_id VARCHAR(64) NOT NULL,
    badge           VARCHAR(32) NOT NULL,
    CONSTRAINT organization_badges_pk PRIMARY KEY (organization_id, badge),
    CONSTRAINT organization_badges_organization_fk FOREIGN KEY (organization_id) REFERENCES organizations (id),
    CONSTRAINT organization_badges_badge_check
        CHECK (badge IN ('public-service', 'certified', 'association', 'company', 'local-authority'))
);
CREATE INDEX organization_badges_badge_idx ON organization_badges (badge, organization_id);

CREATE TABLE members (
    organization_id VARCHAR(64) NOT NULL,
    user_id         VARCHAR(64) NOT NULL,
    role            VARCHAR(16) NOT NULL,
    since           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT members_pk PRIMARY KEY (organization_id, user_id),
    -- what assignments refer to, so that only a partial editor can hold them (see assignments)
    CONSTRAINT members_role_key UNIQUE (organization_id, user_id, role),
    CONSTRAINT members_organization_fk FOREIGN KEY (organization_id) REFERENCES organizations (id),
    CONSTRAINT members_user_fk FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT members_role_check CHECK (role IN ('admin', 'editor', 'partial_editor'))
);
-- member lists: ORDER BY organization_id, since, user_id walks this index. Never add role here: H2 would then
-- answer (organization_id, user_id) lookups by scanning the whole organization.
CREATE INDEX members_by_since_idx ON members (organization_id, since, user_id);
CREATE INDEX members_by_user_idx ON members (user_id);

CREATE TABLE membership_requests (
    id              VARCHAR(64)    NOT NULL,
    organization_id VARCHAR(64)    NOT NULL,
    kind            VARCHAR(16)    NOT NULL,
    status          VARCHAR(16)    NOT NULL,
    user_id         VARCHAR(64),
    email           VARCHAR(254),
    role            VARCHAR(16)    NOT NULL,
    comment         VARCHAR(10000),
    created         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(64),
    handled_by      VARCHAR(64),
    handled_on      TIMESTAMP WITH TIME ZONE,
    refusal_comment VARCHAR(10000),
    expires_at      TIMESTAMP WITH TIME ZONE,
    -- one pending request per invitee is the domain's rule, not the schema's: a user's own request and an
    -- invitation addressed to them may both be pending for a while
    CONSTRAINT membership_requests_pk PRIMARY KEY (id),
    CONSTRAINT membership_requests_organization_fk FOREIGN KEY (organization_id) REFERENCES organizations (id),
    CONSTRAINT membership_requests_user_fk FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT membership_requests_created_by_fk FOREIGN KEY (created_by) REFERENCES users (id),
    CONSTRAINT membership_requests_handled_by_fk FOREIGN KEY (handled_by) REFERENCES users (id),
    CONSTRAINT membership_requests_kind_check CHECK (kind IN ('request', 'invitation')),
    CONSTRAINT membership_requests_status_check CHECK (status IN ('pending', 'accepted', 'refused', 'canceled')),
    CONSTRAINT membership_requests_role_check CHECK (role IN ('admin', 'editor', 'partial_editor')),
    -- an invitee is a known user or an email address: never both, never neither
    CONSTRAINT membership_requests_invitee_check CHECK ((user_id IS NULL) <> (email IS NULL)),
    -- a membership request comes from a known user
    CONSTRAINT membership_requests_applicant_check CHECK (kind = 'invitation' OR user_id IS NOT NULL)
);
CREATE INDEX membership_requests_by_status_idx ON membership_requests (organization_id, status, created);
CREATE INDEX membership_requests_by_user_idx ON membership_requests (user_id, status);
CREATE INDEX membership_requests_by_email_idx ON membership_requests (email, status);

-- The assignments an invitation applies once accepted. No foreign key to subjects: an object may vanish before
-- the invitation is accepted, and is then skipped (the domain decides that, not the schema).
CREATE TABLE request_assignments (
    request_id    VARCHAR(64)  NOT NULL,
    subject_class VARCHAR(16)  NOT NULL,
    subject_id    VARCHAR(255) NOT NULL,
    CONSTRAINT request_assignments_pk PRIMARY KEY (request_id, subject_class, subject_id),
    CONSTRAINT request_assignments_request_fk FOREIGN KEY (request_id)
        REFERENCES membership_requests (id) ON DELETE CASCADE,
    CONSTRAINT request_assignments_class_check CHECK (subject_class IN ('dataset', 'reuse', 'dataservice'))
);

CREATE TABLE subjects (
    subject_class VARCHAR(16)  NOT NULL,
    subject_id    VARCHAR(255) NOT NULL,
    owner_id      VARCHAR(64)  NOT NULL,
    CONSTRAINT subjects_pk PRIMARY KEY (subject_class, subject_id),
    -- what assignments refer to, so that an assigned object belongs to the assignment's organization
    CONSTRAINT subjects_owner_key UNIQUE (subject_class, subject_id, owner_id),
    CONSTRAINT subjects_owner_fk FOREIGN KEY (owner_id) REFERENCES organizations (id),
    CONSTRAINT subjects_class_check CHECK (subject_class IN ('dataset', 'reuse', 'dataservice'))
);
CREATE INDEX subjects_owner_idx ON subjects (owner_id);

CREATE TABLE assignments (
    organization_id VARCHAR(64)  NOT NULL,
    user_id         VARCHAR(64)  NOT NULL,
    subject_class   VARCHAR(16)  NOT NULL,
    subject_id      VARCHAR(255) NOT NULL,
    created         TIMESTAMP WITH TIME ZONE NOT NULL,
    -- always 'partial_editor': the foreign key below then admits assignments of partial editors only, and
    -- a role change away from partial_editor fails unless the assignments are dropped first
    member_role     VARCHAR(16)  DEFAULT 'partial_editor' NOT NULL,
    CONSTRAINT assignments_pk PRIMARY KEY (organization_id, user_id, subject_class, subject_id),
    -- leaving the organization removes the member's assignments
    CONSTRAINT assignments_member_fk FOREIGN KEY (organization_id, user_id, member_role)
        REFERENCES members (organization_id, user_id, role) ON DELETE CASCADE,
    -- an object that goes away takes its assignments with it; it must belong to the organization
    CONSTRAINT assignments_subject_fk FOREIGN KEY (subject_class, subject_id, organization_id)
        REFERENCES subjects (subject_class, subject_id, owner_id) ON DELETE CASCADE,
    CONSTRAINT assignments_role_check CHECK (member_role = 'partial_editor')
);
CREATE INDEX assignments_by_subject_idx ON assignments (subject_class, subject_id, organization_id);

-- A follow targets a user or an organization: two nullable columns keep a real foreign key for each.
CREATE TABLE follows (
    follower_id              VARCHAR(64) NOT NULL,
    followed_user_id         VARCHAR(64),
    followed_organization_id VARCHAR(64),
    since                    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT follows_user_key UNIQUE (followed_user_id, follower_id),
    CONSTRAINT follows_organization_key UNIQUE (followed_organization_id, follower_id),
    CONSTRAINT follows_follower_fk FOREIGN KEY (follower_id) REFERENCES users (id),
    CONSTRAINT follows_followed_user_fk FOREIGN KEY (followed_user_id) REFERENCES users (id),
    CONSTRAINT follows_followed_organization_fk FOREIGN KEY (followed_organization_id) REFERENCES organizations (id),
    CONSTRAINT follows_target_check CHECK ((followed_user_id IS NULL) <> (followed_organization_id IS NULL))
);
CREATE INDEX follows_user_since_idx ON follows (followed_user_id, since, follower_id);
CREATE INDEX follows_organization_since_idx ON follows (followed_organization_id, since, follower_id);
CREATE INDEX follows_follower_idx ON follows (follower_id);

-- Append-only: the adapter only inserts. No foreign keys: the trail records what happened, whatever rows
-- exist now (user events have no organization).
CREATE TABLE audit_events (
    seq             BIGINT GENERATED ALWAYS AS IDENTITY,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id        VARCHAR(64),
    organization_id VARCHAR(64),
    event_type      VARCHAR(64)   NOT NULL,
    description     VARCHAR(2000) NOT NULL,
    CONSTRAINT audit_events_pk PRIMARY KEY (seq)
);
CREATE INDEX audit_events_organization_idx ON audit_events (organization_id, seq);
