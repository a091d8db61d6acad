-- Offline mirror (issue 7): where mirrored rows come from, the sync runs and their checkpoints, and the outbox of
-- writes accepted offline. As V1, one script for H2 (MODE=PostgreSQL) and PostgreSQL 15.

-- A remote mirrored into this database. tag (8 hex digits of SHA-256(provider, base URL)) prefixes the local ids of
-- its rows, so that two remotes never collide.
CREATE TABLE mirror_remotes (
    tag      VARCHAR(8)    NOT NULL,
    provider VARCHAR(32)   NOT NULL,
    base_url VARCHAR(2000) NOT NULL,
    CONSTRAINT mirror_remotes_pk PRIMARY KEY (tag),
    CONSTRAINT mirror_remotes_tag_check CHECK (CHAR_LENGTH(tag) = 8)
);

-- One sync of one remote. finished is null while it runs, or once it was killed: the next sync of the remote with the
-- same scope resumes it. counts are the whole run's so far (KIND=added,updated,removed,unchanged;...).
CREATE TABLE mirror_runs (
    id         BIGINT GENERATED ALWAYS AS IDENTITY,
    remote_tag VARCHAR(8)     NOT NULL,
    scope      VARCHAR(10000) NOT NULL,
    started    TIMESTAMP WITH TIME ZONE NOT NULL,
    finished   TIMESTAMP WITH TIME ZONE,
    counts     VARCHAR(2000)  DEFAULT '' NOT NULL,
    CONSTRAINT mirror_runs_pk PRIMARY KEY (id),
    CONSTRAINT mirror_runs_remote_fk FOREIGN KEY (remote_tag) REFERENCES mirror_remotes (tag)
);
CREATE INDEX mirror_runs_remote_idx ON mirror_runs (remote_tag, id);

-- The origin of each mirrored row: its remote and remote id, the organization it belongs to (null for organizations
-- and accounts), the checksum of what the remote showed, and the last run that saw it. A row is written only when
-- its checksum changed; a row the last run of its organization did not see is removed. No foreign key to the rows:
-- an offline write may remove a mirrored row before push replays it.
CREATE TABLE mirror_origins (
    kind            VARCHAR(16)  NOT NULL,
    local_id        VARCHAR(300) NOT NULL,
    remote_tag      VARCHAR(8)   NOT NULL,
    remote_id       VARCHAR(300) NOT NULL,
    organization_id VARCHAR(64),
    checksum        CHAR(64),
    last_run        BIGINT       NOT NULL,
    CONSTRAINT mirror_origins_pk PRIMARY KEY (kind, local_id),
    CONSTRAINT mirror_origins_remote_key UNIQUE (remote_tag, kind, remote_id),
    CONSTRAINT mirror_origins_remote_fk FOREIGN KEY (remote_tag) REFERENCES mirror_remotes (tag),
    CONSTRAINT mirror_origins_kind_check
        CHECK (kind IN ('ORGANIZATION', 'USER', 'MEMBER', 'REQUEST', 'ASSIGNMENTS'))
);
CREATE INDEX mirror_origins_unseen_idx ON mirror_origins (remote_tag, kind, organization_id, last_run);

-- Writes accepted locally on mirrored organizations, appended in the same transaction as the write, replayed on the
-- remote by push in seq order (so in order per organization). idempotency_key is unique and never reused.
CREATE TABLE outbox (
    seq             BIGINT GENERATED ALWAYS AS IDENTITY,
    idempotency_key VARCHAR(36)    NOT NULL,
    remote_tag      VARCHAR(8)     NOT NULL,
    organization_id VARCHAR(64)    NOT NULL,
    kind            VARCHAR(32)    NOT NULL,
    user_id         VARCHAR(300),
    request_id      VARCHAR(300),
    email           VARCHAR(254),
    role            VARCHAR(16),
    added           VARCHAR(10000),
    removed         VARCHAR(10000),
    what            VARCHAR(255),
    actor_id        VARCHAR(64),
    created         TIMESTAMP WITH TIME ZONE NOT NULL,
    state           VARCHAR(16)    NOT NULL,
    changed         TIMESTAMP WITH TIME ZONE NOT NULL,
    message         VARCHAR(2000),
    CONSTRAINT outbox_pk PRIMARY KEY (seq),
    CONSTRAINT outbox_idempotency_key UNIQUE (idempotency_key),
    CONSTRAINT outbox_remote_fk FOREIGN KEY (remote_tag) REFERENCES mirror_remotes (tag),
    CONSTRAINT outbox_state_check CHECK (state IN ('PENDING', 'SENDING', 'SENT', 'CONFLICT', 'DISCARDED')),
    CONSTRAINT outbox_kind_check CHECK (kind IN ('CHANGE_ROLE', 'REMOVE_MEMBER', 'INVITE', 'CANCEL_INVITATION',
        'ACCEPT_REQUEST', 'REFUSE_REQUEST', 'CHANGE_ASSIGNMENTS', 'UNSUPPORTED')),
    CONSTRAINT outbox_role_check CHECK (role IN ('admin', 'editor', 'partial_editor'))
);
CREATE INDEX outbox_state_idx ON outbox (remote_tag, state, seq);
CREATE INDEX outbox_by_state_idx ON outbox (state, seq);
