-- keyplan schema 6: nothing lost. Every record has a global id and a
-- revision; every change is kept in an append-only history; what is being
-- typed is kept as a draft; a promised follow-up closes only when it is
-- marked done or a contact is logged as its follow-up.

-- A stable global id (UUID v7, text) for every record, kept through export
-- and import, and a revision that every write increments in its own
-- transaction. Ids of existing rows are made here, their time part from the
-- record's own date where it has one, so they sort as the records were made.
ALTER TABLE accounts ADD COLUMN uid TEXT;
ALTER TABLE accounts ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE objectives ADD COLUMN uid TEXT;
ALTER TABLE objectives ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE milestones ADD COLUMN uid TEXT;
ALTER TABLE milestones ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE people ADD COLUMN uid TEXT;
ALTER TABLE people ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE competitors ADD COLUMN uid TEXT;
ALTER TABLE competitors ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE touchpoints ADD COLUMN uid TEXT;
ALTER TABLE touchpoints ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;

-- UUID v7 from a day ("YYYY-MM-DD", or NULL for now) and random bits:
-- 48 bits of Unix milliseconds, version 7, 12 random bits, variant 10, 62
-- random bits. The record's row id is added to the milliseconds so records
-- of one day keep their order. (The expression is repeated for each table.)
UPDATE accounts SET uid = (
    SELECT lower(substr(t, 1, 8) || '-' || substr(t, 9, 4) || '-7' || substr(r, 1, 3) || '-'
                 || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(r, 4, 3) || '-' || substr(r, 7, 12))
      FROM (SELECT printf('%012x', CAST(coalesce(unixepoch(created_on), unixepoch()) AS INTEGER) * 1000
                                   + (id % 1000)) AS t,
                   hex(randomblob(9)) AS r));
UPDATE objectives SET uid = (
    SELECT lower(substr(t, 1, 8) || '-' || substr(t, 9, 4) || '-7' || substr(r, 1, 3) || '-'
                 || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(r, 4, 3) || '-' || substr(r, 7, 12))
      FROM (SELECT printf('%012x', CAST(unixepoch(printf('%04d-01-01', year)) AS INTEGER) * 1000 + (id % 1000)) AS t,
                   hex(randomblob(9)) AS r));
UPDATE milestones SET uid = (
    SELECT lower(substr(t, 1, 8) || '-' || substr(t, 9, 4) || '-7' || substr(r, 1, 3) || '-'
                 || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(r, 4, 3) || '-' || substr(r, 7, 12))
      FROM (SELECT printf('%012x', CAST(coalesce(unixepoch(due), unixepoch()) AS INTEGER) * 1000 + (id % 1000)) AS t,
                   hex(randomblob(9)) AS r));
UPDATE people SET uid = (
    SELECT lower(substr(t, 1, 8) || '-' || substr(t, 9, 4) || '-7' || substr(r, 1, 3) || '-'
                 || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(r, 4, 3) || '-' || substr(r, 7, 12))
      FROM (SELECT printf('%012x', CAST(unixepoch() AS INTEGER) * 1000 + (id % 1000)) AS t,
                   hex(randomblob(9)) AS r));
UPDATE competitors SET uid = (
    SELECT lower(substr(t, 1, 8) || '-' || substr(t, 9, 4) || '-7' || substr(r, 1, 3) || '-'
                 || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(r, 4, 3) || '-' || substr(r, 7, 12))
      FROM (SELECT printf('%012x', CAST(unixepoch() AS INTEGER) * 1000 + (id % 1000)) AS t,
                   hex(randomblob(9)) AS r));
UPDATE touchpoints SET uid = (
    SELECT lower(substr(t, 1, 8) || '-' || substr(t, 9, 4) || '-7' || substr(r, 1, 3) || '-'
                 || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(r, 4, 3) || '-' || substr(r, 7, 12))
      FROM (SELECT printf('%012x', CAST(coalesce(unixepoch(date), unixepoch()) AS INTEGER) * 1000 + (id % 1000)) AS t,
                   hex(randomblob(9)) AS r));

CREATE UNIQUE INDEX accounts_uid ON accounts (uid);
CREATE UNIQUE INDEX objectives_uid ON objectives (uid);
CREATE UNIQUE INDEX milestones_uid ON milestones (uid);
CREATE UNIQUE INDEX people_uid ON people (uid);
CREATE UNIQUE INDEX competitors_uid ON competitors (uid);
CREATE UNIQUE INDEX touchpoints_uid ON touchpoints (uid);

-- The long texts of an account (the three plan texts and the overview's
-- five) each have a revision of their own, so editing the charter never
-- conflicts with a change of the strategy or of the account's facts.
-- No row: the text has not been saved since schema 6 (revision 0).
CREATE TABLE text_revisions (
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    part       TEXT    NOT NULL,
    revision   INTEGER NOT NULL,
    PRIMARY KEY (account_id, part)
) WITHOUT ROWID;

-- Every change, in the transaction that makes it: what the record was
-- (`before`, JSON of the record or the text itself) and what it became
-- (`after`), when (UTC), and on which machine. Rows are never changed; they
-- go only when their account is purged.
CREATE TABLE history (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    at         TEXT    NOT NULL,
    machine    TEXT    NOT NULL DEFAULT '',
    account_id INTEGER NOT NULL,
    -- account, text, objective, milestone, person, competitor, touchpoint, review
    kind       TEXT    NOT NULL,
    record_id  INTEGER NOT NULL,
    -- for a text: charter, situation, strategy, description, ...; else ''
    part       TEXT    NOT NULL DEFAULT '',
    -- create, update, delete, restore, review
    change     TEXT    NOT NULL,
    -- the record's revision after the change (for a delete: its last)
    revision   INTEGER NOT NULL,
    before     TEXT,
    after      TEXT
);
CREATE INDEX history_record ON history (account_id, kind, record_id, part, id);
CREATE INDEX history_account_time ON history (account_id, at);

CREATE TRIGGER history_is_append_only BEFORE UPDATE ON history BEGIN
    SELECT RAISE(ABORT, 'the history is append-only');
END;
CREATE TRIGGER history_outlives_deletes BEFORE DELETE ON history
    WHEN EXISTS (SELECT 1 FROM accounts WHERE id = old.account_id) BEGIN
    SELECT RAISE(ABORT, 'the history of an account goes only with the account');
END;

-- Text typed and not yet saved, written after a pause in typing: after a
-- crash or a dropped link it is offered back. `key` names what was being
-- typed ("text:12:charter", "form:touchpoint:12:new"); `base_revision` is
-- the revision the typing started from; `body` is the text, or a form's
-- fields as JSON. Kept when its record goes, so the text is never lost.
CREATE TABLE drafts (
    key           TEXT    PRIMARY KEY,
    account_id    INTEGER,
    machine       TEXT    NOT NULL DEFAULT '',
    saved_at      TEXT    NOT NULL,
    base_revision INTEGER,
    body          TEXT    NOT NULL
) WITHOUT ROWID;

-- A follow-up closes only when marked done or when a later contact is
-- logged as its follow-up (`followed_by`). Those the old rule treated as
-- followed (a later contact exists) are closed here with the date and the
-- id of the first contact after them, so the past reads as the user saw it.
ALTER TABLE touchpoints ADD COLUMN followed_by INTEGER REFERENCES touchpoints (id) ON DELETE SET NULL;

UPDATE touchpoints
   SET followed_by = (SELECT l.id FROM touchpoints l
                       WHERE l.account_id = touchpoints.account_id AND l.date > touchpoints.date
                       ORDER BY l.date, l.time, l.id LIMIT 1)
 WHERE next_step_done IS NULL AND (next_step_due IS NOT NULL OR next_step <> '');
UPDATE touchpoints
   SET next_step_done = (SELECT l.date FROM touchpoints l WHERE l.id = touchpoints.followed_by)
 WHERE followed_by IS NOT NULL AND next_step_done IS NULL;
