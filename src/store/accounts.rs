//! Accounts: the portfolio list and each account's general information.

use rusqlite::types::ToSql;
use rusqlite::{Connection, ErrorCode, Row};

use super::codec::{NamedParams, RowExt, SqlDate, date, opt_date};
use super::error::{Result, StoreError};
use super::history::record;
use super::revisions::{Kind, advance, uid_for};
use super::texts::set_text;
use super::{Store, one_row};
use crate::domain::analysis::{LossReason, WinBack, WinBackMeans};
use crate::domain::history::Change;
use crate::domain::text::{clean_line, clean_multiline};
use crate::domain::{Account, AccountId, AccountStatus, Dossier, Stamp, TextPart};

const SELECT_ACCOUNT: &str = "SELECT id, name, client_type, level_now, level_target, status, industry,
     region, headcount, annual_sales, cooperation_start, description, development_history,
     org_structure, market_environment, preferred_products, contact_every_days, created_on, uid, revision,
     currency, closed_on, loss_reason, loss_note, win_back_means, win_back_note, win_back_due
     FROM accounts WHERE id = ?1";

impl Store {
    /// Every account's id, name and status, by name: cheap enough to resolve
    /// a name typed on the command line without computing the portfolio.
    pub fn account_names(&self) -> Result<Vec<(AccountId, String, AccountStatus)>> {
        // From the names' covering index, in its order: no account row is read.
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, name, status FROM accounts INDEXED BY accounts_named ORDER BY name_key, id")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The accounts whose name begins with `beginning` (any case), by name:
    /// one range of the names' index, however large the portfolio.
    pub fn account_names_from(&self, beginning: &str) -> Result<Vec<(AccountId, String, AccountStatus)>> {
        let key = name_key(beginning);
        // Every key that begins with `key` sorts from `key` up to `key`
        // followed by the last code point (keys compare as UTF-8 bytes).
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, name, status, name_key FROM accounts INDEXED BY accounts_named
              WHERE name_key >= ?1 AND name_key < ?1 || char(1114111) ORDER BY name_key, id",
        )?;
        let rows = stmt.query_map([&key], |r| Ok(((r.get(0)?, r.get(1)?, r.get(2)?), r.get::<_, String>(3)?)))?;
        let mut named = Vec::new();
        for row in rows {
            let (account, found) = row?;
            if found.starts_with(&key) {
                named.push(account);
            }
        }
        Ok(named)
    }

    /// One account's id, name and status, if it exists.
    pub fn account_name(&self, id: AccountId) -> Result<Option<(AccountId, String, AccountStatus)>> {
        let mut stmt = self.conn.prepare_cached("SELECT id, name, status FROM accounts WHERE id = ?1")?;
        match stmt.query_row([id], |r| Ok((r.get("id")?, r.get("name")?, r.get("status")?))) {
            Err(rusqlite::Error::QueryReturnedNoRows) => Ok(None),
            other => Ok(Some(other?)),
        }
    }

    pub fn account_count(&self) -> Result<usize> {
        Ok(self.conn.query_row("SELECT count(*) FROM accounts", [], |r| r.get(0))?)
    }

    pub fn load_account(&self, id: AccountId) -> Result<Account> {
        load_account(&self.conn, id)
    }

    /// Adds an account (its id is ignored) and returns its new id.
    pub fn create_account(&mut self, account: &Account) -> Result<AccountId> {
        self.write(|tx| {
            let id = insert_account(tx, account)?;
            record_created(tx, id)?;
            Ok(id)
        })
    }

    /// Saves the facts of an existing account from the revision it
    /// carries; its long texts (plan and Overview) are saved one by one by
    /// [`Store::save_text`], each with a revision of its own.
    pub fn update_account(&mut self, account: &Account) -> Result<()> {
        self.write(|tx| update_account(tx, account))
    }

    /// Deletes the account and everything in its dossier, its history and
    /// its drafts included: a purge leaves nothing behind (the workbench
    /// writes a backup of the whole file first).
    pub fn purge_account(&mut self, id: AccountId) -> Result<()> {
        self.write(|tx| {
            let changed = tx.execute("DELETE FROM accounts WHERE id = ?1", [id])?;
            one_row(changed, "account", id.0)?;
            tx.execute("DELETE FROM history WHERE account_id = ?1", [id])?;
            tx.execute("DELETE FROM drafts WHERE account_id = ?1", [id])?;
            Ok(())
        })
    }
}

/// Keeps the creation of an account (its facts as made) in the history.
pub(crate) fn record_created(conn: &Connection, id: AccountId) -> Result<()> {
    let after = load_account(conn, id)?;
    record(conn, Kind::Account, id, id.0, Change::Create, 1, (None, Some(&after)))?;
    Ok(())
}

/// Updates the facts of an account from the revision it carries, and keeps
/// the change in the history.
pub(crate) fn update_account(conn: &Connection, account: &Account) -> Result<()> {
    let before = load_account(conn, account.id)?;
    let fields = Fields::clean(account)?;
    ensure_name_free(conn, &fields, account.status, Some(account.id))?;
    let revision = advance(conn, Kind::Account, account.id.0, account.stamp.revision)?;
    let sql = "UPDATE accounts SET name = :name, name_key = :name_key, client_type = :client_type,
         level_now = :level_now, level_target = :level_target, status = :status,
         industry = :industry, region = :region, headcount = :headcount,
         annual_sales = :annual_sales, cooperation_start = :cooperation_start,
         contact_every_days = :contact_every_days, created_on = :created_on,
         currency = :currency, closed_on = :closed_on, loss_reason = :loss_reason, loss_note = :loss_note,
         win_back_means = :win_back_means, win_back_note = :win_back_note, win_back_due = :win_back_due
     WHERE id = :id";
    let mut params = fields.facts(account);
    params.push((":id", &account.id));
    let changed = conn.execute(sql, params.as_slice()).map_err(|e| name_clash(e, &fields.name))?;
    one_row(changed, "account", account.id.0)?;
    let after = load_account(conn, account.id)?;
    record(conn, Kind::Account, account.id, account.id.0, Change::Update, revision, (Some(&before), Some(&after)))?;
    Ok(())
}

pub(crate) fn load_account(conn: &Connection, id: AccountId) -> Result<Account> {
    match conn.query_row(SELECT_ACCOUNT, [id], account_from_row) {
        Err(rusqlite::Error::QueryReturnedNoRows) => Err(StoreError::not_found("account", id.0)),
        other => Ok(other?),
    }
}

fn account_from_row(row: &Row<'_>) -> rusqlite::Result<Account> {
    Ok(Account {
        id: row.get("id")?,
        name: row.get("name")?,
        client_type: row.get("client_type")?,
        level_now: row.get("level_now")?,
        level_target: row.get("level_target")?,
        status: row.get("status")?,
        industry: row.get("industry")?,
        region: row.get("region")?,
        headcount: row.get("headcount")?,
        annual_sales: row.get("annual_sales")?,
        cooperation_start: row.opt_date("cooperation_start")?,
        description: row.get("description")?,
        development_history: row.get("development_history")?,
        org_structure: row.get("org_structure")?,
        market_environment: row.get("market_environment")?,
        preferred_products: row.get("preferred_products")?,
        contact_every_days: row.get("contact_every_days")?,
        created_on: row.date("created_on")?,
        currency: row.get("currency")?,
        closed_on: row.opt_date("closed_on")?,
        loss_reason: row.get("loss_reason")?,
        loss_note: row.get("loss_note")?,
        win_back: match (row.get("win_back_means")?, row.opt_date("win_back_due")?) {
            (Some(means), Some(due)) => Some(WinBack { means, note: row.get("win_back_note")?, due }),
            _ => None,
        },
        stamp: Stamp { uid: row.get::<_, Option<String>>("uid")?.unwrap_or_default(), revision: row.get("revision")? },
    })
}

/// Inserts an account with empty plan texts; shared with `insert_dossier`.
pub(crate) fn insert_account(conn: &Connection, account: &Account) -> Result<AccountId> {
    let fields = Fields::clean(account)?;
    ensure_name_free(conn, &fields, account.status, None)?;
    let sql = "INSERT INTO accounts (name, name_key, client_type, level_now, level_target, status,
             industry, region, headcount, annual_sales, cooperation_start, description,
             development_history, org_structure, market_environment, preferred_products,
             contact_every_days, created_on, uid, currency, closed_on, loss_reason, loss_note,
             win_back_means, win_back_note, win_back_due)
         VALUES (:name, :name_key, :client_type, :level_now, :level_target, :status,
             :industry, :region, :headcount, :annual_sales, :cooperation_start, :description,
             :development_history, :org_structure, :market_environment, :preferred_products,
             :contact_every_days, :created_on, :uid, :currency, :closed_on, :loss_reason, :loss_note,
             :win_back_means, :win_back_note, :win_back_due)";
    let uid = uid_for(conn, Kind::Account, &account.stamp.uid)?;
    let mut params = fields.params(account);
    params.push((":uid", &uid));
    conn.prepare_cached(sql)?.execute(params.as_slice()).map_err(|e| name_clash(e, &fields.name))?;
    Ok(AccountId(conn.last_insert_rowid()))
}

/// An import's update of an existing account: its general information and
/// its plan texts from `dossier`, never its name, type, levels, status or
/// creation date. Each text that changes is a new version in the history.
pub(crate) fn update_account_from_import(conn: &Connection, id: AccountId, dossier: &Dossier) -> Result<()> {
    let stored = load_account(conn, id)?;
    let given = &dossier.account;
    let merged = Account {
        industry: given.industry.clone(),
        region: given.region.clone(),
        headcount: given.headcount,
        annual_sales: given.annual_sales,
        cooperation_start: given.cooperation_start,
        contact_every_days: given.contact_every_days,
        currency: given.currency.clone(),
        closed_on: given.closed_on,
        loss_reason: given.loss_reason,
        loss_note: given.loss_note.clone(),
        win_back: given.win_back.clone(),
        ..stored.clone()
    };
    if merged != stored {
        update_account(conn, &merged)?;
    }
    for part in TextPart::ALL {
        set_text(conn, id, part, part.get(dossier), None, Change::Update)?;
    }
    Ok(())
}

/// The values of an account as they will be stored: cleaned, and checked.
struct Fields {
    name: String,
    name_key: String,
    created_on: SqlDate,
    general: General,
    closing: Closing,
}

/// The currency, and how a closed account was lost and may be won back.
struct Closing {
    currency: Option<String>,
    closed_on: Option<SqlDate>,
    loss_reason: Option<LossReason>,
    loss_note: String,
    win_back_means: Option<WinBackMeans>,
    win_back_note: String,
    win_back_due: Option<SqlDate>,
}

impl Closing {
    fn clean(account: &Account) -> Result<Closing> {
        let currency = match account.currency.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
            None => None,
            Some(code) => Some(
                crate::l10n::Currency::parse(code)
                    .ok_or_else(|| StoreError::Invalid(crate::t!("err-currency-code", code = clean_line(code))))?
                    .code()
                    .to_string(),
            ),
        };
        // An open account keeps no closing facts (the history keeps the
        // ones it had): the domain's rule, kept by every way in.
        if account.status.is_open() {
            return Ok(Closing {
                currency,
                closed_on: None,
                loss_reason: None,
                loss_note: String::new(),
                win_back_means: None,
                win_back_note: String::new(),
                win_back_due: None,
            });
        }
        Ok(Closing {
            currency,
            closed_on: opt_date(account.closed_on),
            loss_reason: account.loss_reason,
            loss_note: clean_multiline(&account.loss_note),
            win_back_means: account.win_back.as_ref().map(|w| w.means),
            win_back_note: account.win_back.as_ref().map(|w| clean_multiline(&w.note)).unwrap_or_default(),
            win_back_due: opt_date(account.win_back.as_ref().map(|w| w.due)),
        })
    }
}

impl Fields {
    fn clean(account: &Account) -> Result<Fields> {
        let name = clean_line(&account.name);
        if name.is_empty() {
            return Err(StoreError::Invalid(crate::l10n::text("err-account-needs-name").into()));
        }
        check_contact_every(account)?;
        Ok(Fields {
            name_key: name_key(&name),
            name,
            created_on: date(account.created_on),
            general: General::clean(account),
            closing: Closing::clean(account)?,
        })
    }

    /// Every column but the id and the long texts.
    fn facts<'a>(&'a self, account: &'a Account) -> NamedParams<'a> {
        let mut params = self.general.facts(account);
        params.extend([
            (":name", &self.name as &dyn ToSql),
            (":name_key", &self.name_key),
            (":client_type", &account.client_type),
            (":level_now", &account.level_now),
            (":level_target", &account.level_target),
            (":status", &account.status),
            (":created_on", &self.created_on),
            (":currency", &self.closing.currency),
            (":closed_on", &self.closing.closed_on),
            (":loss_reason", &self.closing.loss_reason),
            (":loss_note", &self.closing.loss_note),
            (":win_back_means", &self.closing.win_back_means),
            (":win_back_note", &self.closing.win_back_note),
            (":win_back_due", &self.closing.win_back_due),
        ]);
        params
    }

    /// Every column but the id.
    fn params<'a>(&'a self, account: &'a Account) -> NamedParams<'a> {
        let mut params = self.facts(account);
        params.extend(self.general.texts());
        params
    }
}

/// The general information of an account as it will be stored, cleaned.
struct General {
    industry: String,
    region: String,
    cooperation_start: Option<SqlDate>,
    description: String,
    development_history: String,
    org_structure: String,
    market_environment: String,
    preferred_products: String,
}

impl General {
    fn clean(account: &Account) -> General {
        General {
            industry: clean_line(&account.industry),
            region: clean_line(&account.region),
            cooperation_start: opt_date(account.cooperation_start),
            description: clean_multiline(&account.description),
            development_history: clean_multiline(&account.development_history),
            org_structure: clean_multiline(&account.org_structure),
            market_environment: clean_multiline(&account.market_environment),
            preferred_products: clean_line(&account.preferred_products),
        }
    }

    /// The columns that are not long texts.
    fn facts<'a>(&'a self, account: &'a Account) -> NamedParams<'a> {
        let params: [(&'static str, &dyn ToSql); 6] = [
            (":industry", &self.industry),
            (":region", &self.region),
            (":headcount", &account.headcount),
            (":annual_sales", &account.annual_sales),
            (":cooperation_start", &self.cooperation_start),
            (":contact_every_days", &account.contact_every_days),
        ];
        params.to_vec()
    }

    /// The long texts.
    fn texts(&self) -> NamedParams<'_> {
        let params: [(&'static str, &dyn ToSql); 5] = [
            (":description", &self.description),
            (":development_history", &self.development_history),
            (":org_structure", &self.org_structure),
            (":market_environment", &self.market_environment),
            (":preferred_products", &self.preferred_products),
        ];
        params.to_vec()
    }
}

fn check_contact_every(account: &Account) -> Result<()> {
    if account.contact_every_days == Some(0) {
        return Err(StoreError::Invalid(crate::l10n::text("err-contact-every-too-small").into()));
    }
    Ok(())
}

/// Open account names are unique regardless of case, in any script.
fn name_key(name: &str) -> String {
    name.trim().to_lowercase()
}

fn ensure_name_free(
    conn: &Connection,
    fields: &Fields,
    status: AccountStatus,
    except: Option<AccountId>,
) -> Result<()> {
    if !status.is_open() {
        return Ok(());
    }
    let taken: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM accounts
          WHERE name_key = ?1 AND status NOT IN ('lost', 'former') AND id IS NOT ?2)",
        rusqlite::params![fields.name_key, except],
        |r| r.get(0),
    )?;
    if taken { Err(StoreError::DuplicateName(fields.name.clone())) } else { Ok(()) }
}

/// The unique index is the last word on names: report its refusal plainly.
fn name_clash(error: rusqlite::Error, name: &str) -> StoreError {
    match error.sqlite_error_code() {
        Some(ErrorCode::ConstraintViolation) if error.to_string().contains("accounts.name_key") => {
            StoreError::DuplicateName(name.to_string())
        }
        _ => StoreError::from(error),
    }
}
