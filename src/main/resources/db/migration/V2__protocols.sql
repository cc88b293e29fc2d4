-- Protocols that groups wrote themselves. The built-in ones ship with the server as files.
CREATE TABLE protocols (
    id         text        PRIMARY KEY,
    definition jsonb       NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
