//! Full-text search over every dossier: the FTS5 index of migration 003,
//! kept in step by triggers, queried here.
//!
//! The index is contentless (it holds words, not a copy of the texts), so a
//! hit's texts are read back from its table by id and the snippet is cut
//! in the domain (`domain::search::snippet`).
//!
//! Ranking stays cheap however common a word is: the first
//! [`CANDIDATES`]` + 1` matches are read in rowid order, which is never more
//! than that many index entries. When that is all of them, they are ranked
//! by bm25 (names weigh more than other texts). When there are more, the word
//! is everywhere and ranking them all would read every match: they are
//! listed in rowid order instead — the dossiers' own entries (accounts, plan
//! texts, people, competitors, objectives, milestones), then the log,
//! newest first.

use rusqlite::{Connection, OptionalExtension};

use super::Store;
use super::codec::RowExt;
use super::error::Result;
use crate::domain::search::{Term, query_terms, snippet};
use crate::domain::{AccountId, SearchHit, SearchKind};

/// Matches ranked by bm25 when there are at most this many.
const CANDIDATES: usize = 2000;

/// The rowid layout of migration 003: `(kind << 40) + (2^40 - 1 - id)`.
const ID_BITS: u32 = 40;
const ID_MASK: i64 = (1 << ID_BITS) - 1;

/// The kind of each rowid prefix, as in migration 003.
const KINDS: [(i64, SearchKind); 9] = [
    (1, SearchKind::Account),
    (2, SearchKind::Charter),
    (3, SearchKind::Situation),
    (4, SearchKind::Strategy),
    (5, SearchKind::Person),
    (6, SearchKind::Competitor),
    (7, SearchKind::Objective),
    (8, SearchKind::Milestone),
    (9, SearchKind::Touchpoint),
];

impl Store {
    /// The places matching every word of `query`, best first, at most
    /// `limit`. Words are prefixes (`постав` finds `поставки`), matched
    /// case-insensitively in every script; whatever the query holds
    /// (quotes, `*`, `NEAR(`), it is searched as words, never as syntax.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>> {
        let terms = query_terms(query);
        if terms.is_empty() || limit == 0 {
            return Ok(Vec::new());
        }
        let expression = match_expression(&terms);
        // One snapshot for the index and the rows it points at.
        let tx = self.conn.unchecked_transaction()?;
        let mut hits = Vec::with_capacity(limit.min(CANDIDATES));
        for rowid in ranked(&tx, &expression, limit)? {
            let Some((kind, id)) = decode(rowid) else { continue };
            if let Some(hit) = load_hit(&tx, kind, id, &terms)? {
                hits.push(hit);
            }
        }
        tx.commit()?;
        Ok(hits)
    }
}

/// The FTS5 query: every term as a quoted string (a prefix when it is one),
/// all of them required. Terms hold only letters, digits and combining
/// marks; quotes are doubled all the same, as the syntax asks.
fn match_expression(terms: &[Term]) -> String {
    let quoted: Vec<String> = terms
        .iter()
        .map(|t| format!("\"{}\"{}", t.word.replace('"', "\"\""), if t.prefix { "*" } else { "" }))
        .collect();
    quoted.join(" ")
}

/// The rowids to show, best first.
fn ranked(conn: &Connection, expression: &str, limit: usize) -> Result<Vec<i64>> {
    let wanted = i64::try_from(CANDIDATES + 1).unwrap_or(i64::MAX);
    let mut probe = conn.prepare_cached("SELECT rowid FROM search WHERE search MATCH ?1 ORDER BY rowid LIMIT ?2")?;
    let mut candidates: Vec<i64> =
        probe.query_map(rusqlite::params![expression, wanted], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    if candidates.len() > CANDIDATES {
        candidates.truncate(limit);
        return Ok(candidates);
    }
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let mut rank = conn.prepare_cached(
        "SELECT rowid FROM search WHERE search MATCH ?1 ORDER BY bm25(search, 10.0, 1.0), rowid LIMIT ?2",
    )?;
    let rows = rank.query_map(rusqlite::params![expression, limit], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Inserts many new rows (a generated portfolio) with the index kept in
/// step by one statement per kind instead of a trigger per row, inside the
/// same transaction. FTS5 writes its pending words to disk at every
/// statement's savepoint, so a trigger per row leaves a tiny index segment
/// per row to merge: several times the work for a million touchpoints.
///
/// The insert and update triggers are dropped for `insert` and created
/// again from their own SQL afterwards (schema changes are transactional);
/// then every row above the ids taken before is indexed, as migration 003
/// indexes what it finds. For inserts only: rows that existed before are not
/// indexed again, so `insert` must not change them.
pub(crate) fn with_bulk_index<T>(tx: &Connection, insert: impl FnOnce() -> Result<T>) -> Result<T> {
    let triggers: Vec<(String, String)> = tx
        .prepare(
            "SELECT name, sql FROM sqlite_schema
              WHERE type = 'trigger' AND tbl_name <> 'search' AND name LIKE 'search%'
                AND (name LIKE '%insert' OR name LIKE '%update')",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut marks = Vec::with_capacity(NEW_ROWS.len());
    for (table, _) in NEW_ROWS {
        marks.push(tx.query_row(table, [], |r| r.get::<_, i64>(0))?);
    }
    for (name, _) in &triggers {
        // Names come from sqlite_schema and are quoted; nothing typed reaches here.
        tx.execute_batch(&format!("DROP TRIGGER \"{}\"", name.replace('"', "\"\"")))?;
    }
    let value = insert()?;
    for ((_, index), mark) in NEW_ROWS.iter().zip(marks) {
        tx.execute(index, [mark])?;
    }
    for (_, sql) in &triggers {
        tx.execute_batch(sql)?;
    }
    Ok(value)
}

/// For each indexed part of a table: the highest id now, and the statement
/// that indexes the rows above a given id as migration 003 does, newest
/// first so the rowids ascend (FTS5 flushes whenever a rowid goes down).
const NEW_ROWS: [(&str, &str); 9] = [
    (
        "SELECT coalesce(max(id), 0) FROM accounts",
        "INSERT INTO search (rowid, title, body)
         SELECT (1 << 40) + 1099511627775 - id, name,
                industry || char(10) || region || char(10) || description || char(10)
                || development_history || char(10) || org_structure || char(10)
                || market_environment || char(10) || preferred_products
           FROM accounts WHERE id > ?1 ORDER BY id DESC",
    ),
    (
        "SELECT coalesce(max(id), 0) FROM accounts",
        "INSERT INTO search (rowid, title, body) SELECT (2 << 40) + 1099511627775 - id, '', charter
           FROM accounts WHERE id > ?1 AND charter <> '' ORDER BY id DESC",
    ),
    (
        "SELECT coalesce(max(id), 0) FROM accounts",
        "INSERT INTO search (rowid, title, body) SELECT (3 << 40) + 1099511627775 - id, '', situation
           FROM accounts WHERE id > ?1 AND situation <> '' ORDER BY id DESC",
    ),
    (
        "SELECT coalesce(max(id), 0) FROM accounts",
        "INSERT INTO search (rowid, title, body) SELECT (4 << 40) + 1099511627775 - id, '', strategy
           FROM accounts WHERE id > ?1 AND strategy <> '' ORDER BY id DESC",
    ),
    (
        "SELECT coalesce(max(id), 0) FROM people",
        "INSERT INTO search (rowid, title, body)
         SELECT (5 << 40) + 1099511627775 - id, name, job_title || char(10) || email || char(10) || notes
           FROM people WHERE id > ?1 ORDER BY id DESC",
    ),
    (
        "SELECT coalesce(max(id), 0) FROM competitors",
        "INSERT INTO search (rowid, title, body)
         SELECT (6 << 40) + 1099511627775 - id, name, position || char(10) || strengths || char(10) || weaknesses
           FROM competitors WHERE id > ?1 ORDER BY id DESC",
    ),
    (
        "SELECT coalesce(max(id), 0) FROM objectives",
        "INSERT INTO search (rowid, title, body)
         SELECT (7 << 40) + 1099511627775 - id, product, planned_volume || char(10) || resources
           FROM objectives WHERE id > ?1 ORDER BY id DESC",
    ),
    (
        "SELECT coalesce(max(id), 0) FROM milestones",
        "INSERT INTO search (rowid, title, body) SELECT (8 << 40) + 1099511627775 - id, title, note
           FROM milestones WHERE id > ?1 ORDER BY id DESC",
    ),
    (
        "SELECT coalesce(max(id), 0) FROM touchpoints",
        "INSERT INTO search (rowid, title, body)
         SELECT (9 << 40) + 1099511627775 - id, '', summary || char(10) || reason || char(10) || next_step
           FROM touchpoints WHERE id > ?1 ORDER BY id DESC",
    ),
];

fn decode(rowid: i64) -> Option<(SearchKind, i64)> {
    let prefix = rowid >> ID_BITS;
    let kind = KINDS.iter().find(|(p, _)| *p == prefix)?.1;
    Some((kind, ID_MASK - (rowid & ID_MASK)))
}

/// The account, date and texts of one indexed row, and its snippet; `None`
/// if the row is gone (it cannot be, inside one transaction, but the index
/// is not trusted to the point of a panic).
fn load_hit(conn: &Connection, kind: SearchKind, id: i64, terms: &[Term]) -> Result<Option<SearchHit>> {
    let sql = match kind {
        SearchKind::Account | SearchKind::Charter | SearchKind::Situation | SearchKind::Strategy => {
            return load_account_hit(conn, kind, id, terms);
        }
        SearchKind::Person => {
            "SELECT p.account_id, a.name AS account, NULL AS date, p.name AS title, p.job_title, p.email, p.notes
               FROM people p JOIN accounts a ON a.id = p.account_id WHERE p.id = ?1"
        }
        SearchKind::Competitor => {
            "SELECT c.account_id, a.name AS account, NULL AS date, c.name AS title, c.position, c.strengths,
                    c.weaknesses
               FROM competitors c JOIN accounts a ON a.id = c.account_id WHERE c.id = ?1"
        }
        SearchKind::Objective => {
            "SELECT o.account_id, a.name AS account, NULL AS date, o.product AS title, o.planned_volume, o.resources
               FROM objectives o JOIN accounts a ON a.id = o.account_id WHERE o.id = ?1"
        }
        SearchKind::Milestone => {
            "SELECT m.account_id, a.name AS account, m.due AS date, m.title, m.note
               FROM milestones m JOIN accounts a ON a.id = m.account_id WHERE m.id = ?1"
        }
        SearchKind::Touchpoint => {
            "SELECT t.account_id, a.name AS account, t.date, '' AS title, t.summary, t.reason, t.next_step
               FROM touchpoints t JOIN accounts a ON a.id = t.account_id WHERE t.id = ?1"
        }
    };
    let mut stmt = conn.prepare_cached(sql)?;
    let hit = stmt
        .query_row([id], |row| {
            // Columns 4.. are the texts after the title.
            let mut texts = Vec::new();
            for i in 4..row.as_ref().column_count() {
                texts.push(row.get::<_, String>(i)?);
            }
            let title: String = row.get("title")?;
            let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
            Ok(SearchHit {
                account_id: row.get("account_id")?,
                account: row.get("account")?,
                kind,
                item_id: Some(id),
                date: row.opt_date("date")?,
                snippet: snippet(&title, &texts, terms),
            })
        })
        .optional()?;
    Ok(hit)
}

/// An account's own texts: its name and general information, or one plan text.
fn load_account_hit(conn: &Connection, kind: SearchKind, id: i64, terms: &[Term]) -> Result<Option<SearchHit>> {
    let mut stmt = conn.prepare_cached(
        "SELECT name, industry, region, description, development_history, org_structure, market_environment,
                preferred_products, charter, situation, strategy
           FROM accounts WHERE id = ?1",
    )?;
    let hit = stmt
        .query_row([id], |row| {
            let name: String = row.get("name")?;
            let text = |column: &str| row.get::<_, String>(column);
            let snippet = match kind {
                SearchKind::Charter => snippet("", &[&text("charter")?], terms),
                SearchKind::Situation => snippet("", &[&text("situation")?], terms),
                SearchKind::Strategy => snippet("", &[&text("strategy")?], terms),
                _ => {
                    let place = [text("industry")?, text("region")?].into_iter().filter(|t| !t.is_empty());
                    let place = place.collect::<Vec<_>>().join(", ");
                    let general = [
                        place,
                        text("description")?,
                        text("development_history")?,
                        text("org_structure")?,
                        text("market_environment")?,
                        text("preferred_products")?,
                    ];
                    let general: Vec<&str> = general.iter().map(String::as_str).collect();
                    snippet(&name, &general, terms)
                }
            };
            Ok(SearchHit { account_id: AccountId(id), account: name, kind, item_id: None, date: None, snippet })
        })
        .optional()?;
    Ok(hit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rowids_decode_as_migration_003_encodes_them() {
        let encode = |prefix: i64, id: i64| (prefix << 40) + 1_099_511_627_775 - id;
        for (prefix, kind) in KINDS {
            assert_eq!(decode(encode(prefix, 1)), Some((kind, 1)));
            assert_eq!(decode(encode(prefix, 123_456_789)), Some((kind, 123_456_789)));
        }
        assert!(encode(9, 2) < encode(9, 1), "newer touchpoints come first");
        assert!(encode(1, 1) < encode(9, 1_000_000), "accounts before the log");
        assert_eq!(decode(0), None);
    }

    #[test]
    fn every_term_is_quoted() {
        let terms = query_terms("NEAR(x \"поставки\" AND");
        assert_eq!(match_expression(&terms), "\"NEAR\"* \"x\" \"поставки\"* \"AND\"*");
    }
}
