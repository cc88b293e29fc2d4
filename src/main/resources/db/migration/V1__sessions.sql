-- A live session's history is its event log; everything else is derived from it.

CREATE TABLE sessions (
    id          text        PRIMARY KEY,
    -- SHA-256 of the invite code: the code itself is a secret and is never stored.
    invite_hash bytea       NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- Bearer tokens, stored only as SHA-256 hashes; each names one participant of one session.
CREATE TABLE credentials (
    token_hash     bytea       PRIMARY KEY,
    session_id     text        NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    participant_id text        NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX credentials_by_session ON credentials (session_id);

-- Append-only. (session_id, seq) makes a re-sent batch harmless: a duplicate is already stored.
-- op_id and actor_id let a rebuilt room recognise a command it has applied before.
CREATE TABLE session_events (
    session_id  text        NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    seq         bigint      NOT NULL,
    actor_id    text,
    op_id       text,
    type        text        NOT NULL,
    payload     jsonb       NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (session_id, seq)
);
