-- A group's knowledge base: records of attempts, "context → approach → outcome", searched in full text.
-- The 'english' configuration stems ("estimates" finds "estimating") and drops stop words: groups
-- write in English today; a group in another language would need its own configuration per entry.

-- A generated column takes immutable expressions only, and array_to_string is merely stable
-- (it is generic over element types). Joining text with spaces is immutable, so say so here.
CREATE FUNCTION knowledge_words(tags text[]) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT array_to_string(tags, ' ') $$;

-- Matches anything that shares a word with doc: the search behind "related to this issue".
-- websearch_to_tsquery would want every word of a long issue at once; this wants any one of them,
-- and ts_rank_cd then puts the entries sharing the most words first. Lexemes are quoted, so no
-- text can be read as query syntax. Null (matches nothing) when the text has no words.
CREATE FUNCTION any_word_of(doc text) RETURNS tsquery
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$
        SELECT string_agg('''' || replace(replace(lexeme, '\', '\\'), '''', '''''') || '''', ' | ')::tsquery
          FROM unnest(tsvector_to_array(to_tsvector('english', doc))) AS lexeme
    $$;

CREATE TABLE knowledge (
    id          text        PRIMARY KEY,
    group_id    text        NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    -- The session it was documented in, or null when a member wrote it between sessions.
    session_id  text        REFERENCES sessions (id) ON DELETE CASCADE,
    -- Null when the session it came from keeps no names (recording policy "anonymous-board").
    author_id   text,
    author_name text,
    context     text        NOT NULL,
    approach    text        NOT NULL,
    outcome     text        NOT NULL,
    tags        text[]      NOT NULL DEFAULT '{}',
    -- The keeper decides what travels beyond the circle; nothing does until they say so.
    visibility  text        NOT NULL DEFAULT 'circle' CHECK (visibility IN ('circle', 'circulated')),
    created_at  timestamptz NOT NULL DEFAULT now(),
    -- The situation weighs most, then what was done, then what came of it; tags are labels
    -- chosen on purpose, so they weigh as much as the context.
    search      tsvector    GENERATED ALWAYS AS (
                    setweight(to_tsvector('english', context), 'A')
                    || setweight(to_tsvector('english', approach), 'B')
                    || setweight(to_tsvector('english', outcome), 'C')
                    || setweight(to_tsvector('english', knowledge_words(tags)), 'A')) STORED
);
CREATE INDEX knowledge_search ON knowledge USING GIN (search);
CREATE INDEX knowledge_by_group ON knowledge (group_id, created_at);
