-- keyplan schema 1: accounts and everything in a dossier.
-- Enums are stored by their Choice::key(), dates as YYYY-MM-DD, times as HH:MM.
-- Later migrations add tables (002: full-text search); ids are never reused
-- (AUTOINCREMENT) so a stale id on screen can never point at another row.

PRAGMA application_id = 0x4B504C4E; -- 'KPLN'

CREATE TABLE accounts (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    name                TEXT    NOT NULL CHECK (name <> ''),
    -- trimmed and lowercased by Rust's to_lowercase(), for unique open names
    name_key            TEXT    NOT NULL,
    client_type         TEXT    NOT NULL,
    level_now           TEXT    NOT NULL,
    level_target        TEXT    NOT NULL,
    status              TEXT    NOT NULL,
    industry            TEXT    NOT NULL DEFAULT '',
    region              TEXT    NOT NULL DEFAULT '',
    headcount           INTEGER CHECK (headcount >= 0),
    annual_sales        INTEGER,
    cooperation_start   TEXT,
    description         TEXT    NOT NULL DEFAULT '',
    development_history TEXT    NOT NULL DEFAULT '',
    org_structure       TEXT    NOT NULL DEFAULT '',
    market_environment  TEXT    NOT NULL DEFAULT '',
    preferred_products  TEXT    NOT NULL DEFAULT '',
    contact_every_days  INTEGER CHECK (contact_every_days > 0),
    created_on          TEXT    NOT NULL,
    charter             TEXT    NOT NULL DEFAULT '',
    situation           TEXT    NOT NULL DEFAULT '',
    strategy            TEXT    NOT NULL DEFAULT ''
);

-- Names are unique among open accounts only: a lost customer may come back
-- as a new account under the same name.
CREATE UNIQUE INDEX accounts_open_name ON accounts (name_key)
    WHERE status NOT IN ('lost', 'former');
CREATE INDEX accounts_rank ON accounts (annual_sales DESC, name_key);

CREATE TABLE objectives (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id      INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    year            INTEGER NOT NULL,
    product         TEXT    NOT NULL DEFAULT '',
    planned_volume  TEXT    NOT NULL DEFAULT '',
    expected_profit INTEGER,
    resources       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX objectives_account ON objectives (account_id, year, product);

CREATE TABLE milestones (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    title      TEXT    NOT NULL CHECK (title <> ''),
    due        TEXT    NOT NULL,
    done       TEXT,
    note       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX milestones_account_due ON milestones (account_id, due);
CREATE INDEX milestones_open_due ON milestones (due) WHERE done IS NULL;

CREATE TABLE people (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name       TEXT    NOT NULL CHECK (name <> ''),
    job_title  TEXT    NOT NULL DEFAULT '',
    role       TEXT,
    influence  INTEGER CHECK (influence BETWEEN 1 AND 5),
    attitude   TEXT,
    reports_to INTEGER REFERENCES people (id) ON DELETE SET NULL,
    channel    TEXT,
    phone      TEXT    NOT NULL DEFAULT '',
    email      TEXT    NOT NULL DEFAULT '',
    birthday   TEXT,
    notes      TEXT    NOT NULL DEFAULT '',
    CHECK (reports_to IS NULL OR reports_to <> id)
);
CREATE INDEX people_account ON people (account_id, name);
CREATE INDEX people_reports_to ON people (reports_to) WHERE reports_to IS NOT NULL;
CREATE INDEX people_birthday ON people (birthday) WHERE birthday IS NOT NULL;

CREATE TABLE competitors (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name       TEXT    NOT NULL CHECK (name <> ''),
    position   TEXT    NOT NULL DEFAULT '',
    strengths  TEXT    NOT NULL DEFAULT '',
    weaknesses TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX competitors_account ON competitors (account_id, name);

CREATE TABLE touchpoints (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id     INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    date           TEXT    NOT NULL,
    time           TEXT,
    channel        TEXT    NOT NULL,
    summary        TEXT    NOT NULL DEFAULT '',
    outcome        TEXT,
    reason         TEXT    NOT NULL DEFAULT '',
    next_step      TEXT    NOT NULL DEFAULT '',
    next_step_due  TEXT,
    next_step_done TEXT
);
CREATE INDEX touchpoints_account_date ON touchpoints (account_id, date DESC, time DESC, id DESC);
CREATE INDEX touchpoints_open_follow_up ON touchpoints (account_id, next_step_due)
    WHERE next_step_due IS NOT NULL AND next_step_done IS NULL;

-- Who took part in a contact; position keeps the order the manager gave.
CREATE TABLE touchpoint_people (
    touchpoint_id INTEGER NOT NULL REFERENCES touchpoints (id) ON DELETE CASCADE,
    person_id     INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    PRIMARY KEY (touchpoint_id, person_id)
) WITHOUT ROWID;
CREATE INDEX touchpoint_people_person ON touchpoint_people (person_id);
