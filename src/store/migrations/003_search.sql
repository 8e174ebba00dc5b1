-- keyplan schema 3: full-text search over every text of every dossier.
--
-- One FTS5 index, contentless: it holds the words and nothing else, never a
-- second copy of the texts (snippets are cut from the tables themselves).
-- Triggers keep it in step inside the very transaction that changes a row,
-- so a committed dossier and its index always agree; deleting an account
-- cascades to its items, whose triggers take them out of the index too.
--
-- A document's rowid says what it is: (kind << 40) + (2^40 - 1 - id), with
-- the kinds in the order results are listed when a word is too common to
-- rank every match (store/search.rs decodes the same layout):
--   1 account (name and general information)   2 charter   3 situation
--   4 strategy   5 person   6 competitor   7 objective   8 milestone
--   9 touchpoint
-- Ids count down inside a kind, so ascending rowids read the newest first.
--
-- `title` holds names (ranked higher), `body` every other text. Words are
-- folded to lower case in every script, Latin diacritics removed; the
-- prefix indexes make two- and three-letter prefixes as fast as words.

CREATE VIRTUAL TABLE search USING fts5 (
    title,
    body,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- Accounts: the name and general information (1) and the three plan texts (2, 3, 4).

CREATE TRIGGER search_accounts_insert AFTER INSERT ON accounts BEGIN
    INSERT INTO search (rowid, title, body)
    VALUES ((1 << 40) + 1099511627775 - new.id, new.name,
            new.industry || char(10)
            || new.region || char(10)
            || new.description || char(10)
            || new.development_history || char(10)
            || new.org_structure || char(10)
            || new.market_environment || char(10)
            || new.preferred_products);
    INSERT INTO search (rowid, title, body) SELECT (2 << 40) + 1099511627775 - new.id, '', new.charter WHERE new.charter <> '';
    INSERT INTO search (rowid, title, body) SELECT (3 << 40) + 1099511627775 - new.id, '', new.situation WHERE new.situation <> '';
    INSERT INTO search (rowid, title, body) SELECT (4 << 40) + 1099511627775 - new.id, '', new.strategy WHERE new.strategy <> '';
END;

CREATE TRIGGER search_accounts_update
AFTER UPDATE OF name, industry, region, description, development_history, org_structure, market_environment,
                preferred_products ON accounts BEGIN
    DELETE FROM search WHERE rowid = (1 << 40) + 1099511627775 - old.id;
    INSERT INTO search (rowid, title, body)
    VALUES ((1 << 40) + 1099511627775 - new.id, new.name,
            new.industry || char(10)
            || new.region || char(10)
            || new.description || char(10)
            || new.development_history || char(10)
            || new.org_structure || char(10)
            || new.market_environment || char(10)
            || new.preferred_products);
END;

CREATE TRIGGER search_charter_update AFTER UPDATE OF charter ON accounts BEGIN
    DELETE FROM search WHERE rowid = (2 << 40) + 1099511627775 - old.id;
    INSERT INTO search (rowid, title, body) SELECT (2 << 40) + 1099511627775 - new.id, '', new.charter WHERE new.charter <> '';
END;

CREATE TRIGGER search_situation_update AFTER UPDATE OF situation ON accounts BEGIN
    DELETE FROM search WHERE rowid = (3 << 40) + 1099511627775 - old.id;
    INSERT INTO search (rowid, title, body) SELECT (3 << 40) + 1099511627775 - new.id, '', new.situation WHERE new.situation <> '';
END;

CREATE TRIGGER search_strategy_update AFTER UPDATE OF strategy ON accounts BEGIN
    DELETE FROM search WHERE rowid = (4 << 40) + 1099511627775 - old.id;
    INSERT INTO search (rowid, title, body) SELECT (4 << 40) + 1099511627775 - new.id, '', new.strategy WHERE new.strategy <> '';
END;

CREATE TRIGGER search_accounts_delete AFTER DELETE ON accounts BEGIN
    DELETE FROM search WHERE rowid = (1 << 40) + 1099511627775 - old.id;
    DELETE FROM search WHERE rowid = (2 << 40) + 1099511627775 - old.id;
    DELETE FROM search WHERE rowid = (3 << 40) + 1099511627775 - old.id;
    DELETE FROM search WHERE rowid = (4 << 40) + 1099511627775 - old.id;
END;

-- People: the name; job title, email and notes.

CREATE TRIGGER search_people_insert AFTER INSERT ON people BEGIN
    INSERT INTO search (rowid, title, body) VALUES ((5 << 40) + 1099511627775 - new.id, new.name, new.job_title || char(10) || new.email || char(10) || new.notes);
END;

CREATE TRIGGER search_people_update AFTER UPDATE OF name, job_title, email, notes ON people BEGIN
    DELETE FROM search WHERE rowid = (5 << 40) + 1099511627775 - old.id;
    INSERT INTO search (rowid, title, body) VALUES ((5 << 40) + 1099511627775 - new.id, new.name, new.job_title || char(10) || new.email || char(10) || new.notes);
END;

CREATE TRIGGER search_people_delete AFTER DELETE ON people BEGIN
    DELETE FROM search WHERE rowid = (5 << 40) + 1099511627775 - old.id;
END;

-- Competitors: the name; position, strengths and weaknesses.

CREATE TRIGGER search_competitors_insert AFTER INSERT ON competitors BEGIN
    INSERT INTO search (rowid, title, body) VALUES ((6 << 40) + 1099511627775 - new.id, new.name, new.position || char(10) || new.strengths || char(10) || new.weaknesses);
END;

CREATE TRIGGER search_competitors_update AFTER UPDATE OF name, position, strengths, weaknesses ON competitors BEGIN
    DELETE FROM search WHERE rowid = (6 << 40) + 1099511627775 - old.id;
    INSERT INTO search (rowid, title, body) VALUES ((6 << 40) + 1099511627775 - new.id, new.name, new.position || char(10) || new.strengths || char(10) || new.weaknesses);
END;

CREATE TRIGGER search_competitors_delete AFTER DELETE ON competitors BEGIN
    DELETE FROM search WHERE rowid = (6 << 40) + 1099511627775 - old.id;
END;

-- Objectives: the product; planned volume and resources.

CREATE TRIGGER search_objectives_insert AFTER INSERT ON objectives BEGIN
    INSERT INTO search (rowid, title, body) VALUES ((7 << 40) + 1099511627775 - new.id, new.product, new.planned_volume || char(10) || new.resources);
END;

CREATE TRIGGER search_objectives_update AFTER UPDATE OF product, planned_volume, resources ON objectives BEGIN
    DELETE FROM search WHERE rowid = (7 << 40) + 1099511627775 - old.id;
    INSERT INTO search (rowid, title, body) VALUES ((7 << 40) + 1099511627775 - new.id, new.product, new.planned_volume || char(10) || new.resources);
END;

CREATE TRIGGER search_objectives_delete AFTER DELETE ON objectives BEGIN
    DELETE FROM search WHERE rowid = (7 << 40) + 1099511627775 - old.id;
END;

-- Milestones: the title; the note.

CREATE TRIGGER search_milestones_insert AFTER INSERT ON milestones BEGIN
    INSERT INTO search (rowid, title, body) VALUES ((8 << 40) + 1099511627775 - new.id, new.title, new.note);
END;

CREATE TRIGGER search_milestones_update AFTER UPDATE OF title, note ON milestones BEGIN
    DELETE FROM search WHERE rowid = (8 << 40) + 1099511627775 - old.id;
    INSERT INTO search (rowid, title, body) VALUES ((8 << 40) + 1099511627775 - new.id, new.title, new.note);
END;

CREATE TRIGGER search_milestones_delete AFTER DELETE ON milestones BEGIN
    DELETE FROM search WHERE rowid = (8 << 40) + 1099511627775 - old.id;
END;

-- Touchpoints: the summary, the reason and the next step (no title).

CREATE TRIGGER search_touchpoints_insert AFTER INSERT ON touchpoints BEGIN
    INSERT INTO search (rowid, title, body) VALUES ((9 << 40) + 1099511627775 - new.id, '', new.summary || char(10) || new.reason || char(10) || new.next_step);
END;

CREATE TRIGGER search_touchpoints_update AFTER UPDATE OF summary, reason, next_step ON touchpoints BEGIN
    DELETE FROM search WHERE rowid = (9 << 40) + 1099511627775 - old.id;
    INSERT INTO search (rowid, title, body) VALUES ((9 << 40) + 1099511627775 - new.id, '', new.summary || char(10) || new.reason || char(10) || new.next_step);
END;

CREATE TRIGGER search_touchpoints_delete AFTER DELETE ON touchpoints BEGIN
    DELETE FROM search WHERE rowid = (9 << 40) + 1099511627775 - old.id;
END;

-- Everything written before this schema, newest first: the rowids then
-- ascend, and FTS5 keeps words in memory until a rowid goes down (three
-- times faster for a million touchpoints than in id order).

INSERT INTO search (rowid, title, body)
SELECT (1 << 40) + 1099511627775 - id, name,
       industry || char(10)
       || region || char(10)
       || description || char(10)
       || development_history || char(10)
       || org_structure || char(10)
       || market_environment || char(10)
       || preferred_products
  FROM accounts ORDER BY id DESC;
INSERT INTO search (rowid, title, body) SELECT (2 << 40) + 1099511627775 - id, '', charter FROM accounts WHERE charter <> '' ORDER BY id DESC;
INSERT INTO search (rowid, title, body) SELECT (3 << 40) + 1099511627775 - id, '', situation FROM accounts WHERE situation <> '' ORDER BY id DESC;
INSERT INTO search (rowid, title, body) SELECT (4 << 40) + 1099511627775 - id, '', strategy FROM accounts WHERE strategy <> '' ORDER BY id DESC;
INSERT INTO search (rowid, title, body) SELECT (5 << 40) + 1099511627775 - id, name, job_title || char(10) || email || char(10) || notes FROM people ORDER BY id DESC;
INSERT INTO search (rowid, title, body) SELECT (6 << 40) + 1099511627775 - id, name, position || char(10) || strengths || char(10) || weaknesses FROM competitors ORDER BY id DESC;
INSERT INTO search (rowid, title, body) SELECT (7 << 40) + 1099511627775 - id, product, planned_volume || char(10) || resources FROM objectives ORDER BY id DESC;
INSERT INTO search (rowid, title, body) SELECT (8 << 40) + 1099511627775 - id, title, note FROM milestones ORDER BY id DESC;
INSERT INTO search (rowid, title, body) SELECT (9 << 40) + 1099511627775 - id, '', summary || char(10) || reason || char(10) || next_step FROM touchpoints ORDER BY id DESC;
-- One segment for what was backfilled: the first searches read less.
INSERT INTO search (search) VALUES ('optimize');
