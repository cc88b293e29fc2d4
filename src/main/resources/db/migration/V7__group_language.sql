-- The language a group meets in: its sessions are held in it unless they name another. Groups made
-- before languages existed met in English.
ALTER TABLE groups ADD COLUMN language text NOT NULL DEFAULT 'en';
