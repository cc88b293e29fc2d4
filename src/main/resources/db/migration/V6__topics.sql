-- The group's backlog of knowledge gaps and topics, which the gap-intake protocol works through.
CREATE TABLE topics (
    id            text        PRIMARY KEY,
    group_id      text        NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    proposer_id   text        NOT NULL,
    proposer_name text        NOT NULL,
    title         text        NOT NULL,
    details       text,
    status        text        NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'picked', 'done')),
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX topics_by_group ON topics (group_id, status);

-- One upvote per member and topic: the key makes a second one impossible, not just unlikely.
CREATE TABLE topic_votes (
    topic_id  text        NOT NULL REFERENCES topics (id) ON DELETE CASCADE,
    member_id text        NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    voted_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (topic_id, member_id)
);
