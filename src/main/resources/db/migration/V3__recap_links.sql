-- Capability links to a session's recap: whoever holds one may read it, until it expires or is revoked.
CREATE TABLE recap_links (
    -- SHA-256 of the link's token; the token itself is only ever in the link.
    token_hash bytea       PRIMARY KEY,
    session_id text        NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    expires_at timestamptz,
    revoked_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX recap_links_by_session ON recap_links (session_id);
