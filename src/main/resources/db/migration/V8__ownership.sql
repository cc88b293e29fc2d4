-- Which node owns each session's room, and since which claim. A room claims its session when it opens
-- (owner_epoch + 1); every event it writes carries that epoch, and a batch is stored only while the
-- session's owner_epoch still is the writer's: a room that lost its session (another node claimed it)
-- can no longer write, whatever it still believes.
ALTER TABLE sessions
    ADD COLUMN owner_node  text,
    ADD COLUMN owner_epoch bigint NOT NULL DEFAULT 0;

-- The claim that wrote each event: makes the fence checkable, and tells a resuming client whether what it
-- saw was stored (then it may resume across a change of owner instead of starting over).
ALTER TABLE session_events
    ADD COLUMN epoch bigint NOT NULL DEFAULT 0;
