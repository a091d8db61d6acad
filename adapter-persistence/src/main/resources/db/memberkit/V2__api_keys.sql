-- The local server's API keys. Only the SHA-256 of a token is stored (token_hash); the token itself never is.
-- A key is kept after revocation (revoked set), so its owner still sees it in their list.
CREATE TABLE api_keys (
    id         VARCHAR(64)  NOT NULL,
    owner_id   VARCHAR(64)  NOT NULL,
    name       VARCHAR(255),
    prefix     VARCHAR(16)  NOT NULL,
    token_hash CHAR(64)     NOT NULL,
    created    TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_keys_pk PRIMARY KEY (id),
    CONSTRAINT api_keys_token_hash_key UNIQUE (token_hash),
    CONSTRAINT api_keys_owner_fk FOREIGN KEY (owner_id) REFERENCES users (id)
);
CREATE INDEX api_keys_owner_idx ON api_keys (owner_id, created, id);
