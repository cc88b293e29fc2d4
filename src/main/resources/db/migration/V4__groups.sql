-- Peer groups that meet again and again. Deleting a group deletes everything it owns: members,
-- its sessions (and through them their events, credentials and recap links), commitments.

CREATE TABLE groups (
    id               text        PRIMARY KEY,
    name             text        NOT NULL,
    invite_hash      bytea       NOT NULL,
    agreement        text,
    cadence_days     integer     NOT NULL,
    default_protocol text        NOT NULL,
    recording_policy text        NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now()
);

-- A member's token (hashed) opens the group; agreed_at records when they accepted its agreement.
-- rotation_order places them in the facilitator rotation.
CREATE TABLE members (
    id             text        PRIMARY KEY,
    group_id       text        NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    name           text        NOT NULL,
    keeper         boolean     NOT NULL DEFAULT false,
    token_hash     bytea       NOT NULL UNIQUE,
    agreed_at      timestamptz,
    rotation_order integer     NOT NULL,
    joined_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX members_by_group ON members (group_id);

ALTER TABLE sessions ADD COLUMN group_id text REFERENCES groups (id) ON DELETE CASCADE;
CREATE INDEX sessions_by_group ON sessions (group_id, created_at);

-- Read model of commitments, projected from session events in the transaction that stores them.
CREATE TABLE commitments (
    id         text        PRIMARY KEY,
    group_id   text        NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    session_id text        NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    owner_id   text        NOT NULL,
    owner_name text        NOT NULL,
    text       text        NOT NULL,
    due_date   date,
    status     text        NOT NULL,
    created_at timestamptz NOT NULL
);
CREATE INDEX commitments_by_group ON commitments (group_id, status);

CREATE TABLE commitment_reports (
    commitment_id text        NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
    session_id    text        NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    status        text        NOT NULL,
    tried         text,
    happened      text,
    differently   text,
    reported_at   timestamptz NOT NULL,
    PRIMARY KEY (commitment_id, session_id)
);
