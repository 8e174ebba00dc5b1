//! Dossiers written the way an older keyplan wrote them: raw SQL over the
//! columns of schema 1, which every later schema still has. The current
//! store writes the current schema only, so databases "from before" are
//! made here.

use std::collections::HashMap;

use keyplan::domain::{Choice, Dossier, PersonId};
use rusqlite::{Connection, params};

/// Writes one dossier and returns the new account's id.
pub fn write_dossier(conn: &Connection, d: &Dossier) -> i64 {
    let a = &d.account;
    conn.execute(
        "INSERT INTO accounts (name, name_key, client_type, level_now, level_target, status, industry, region,
             headcount, annual_sales, cooperation_start, description, development_history, org_structure,
             market_environment, preferred_products, contact_every_days, created_on, charter, situation, strategy)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)",
        params![
            a.name,
            a.name.trim().to_lowercase(),
            a.client_type.key(),
            a.level_now.key(),
            a.level_target.key(),
            a.status.key(),
            a.industry,
            a.region,
            a.headcount,
            a.annual_sales,
            a.cooperation_start.map(|d| d.to_string()),
            a.description,
            a.development_history,
            a.org_structure,
            a.market_environment,
            a.preferred_products,
            a.contact_every_days,
            a.created_on.to_string(),
            d.charter,
            d.situation,
            d.strategy
        ],
    )
    .unwrap();
    let account = conn.last_insert_rowid();
    for o in &d.objectives {
        conn.execute(
            "INSERT INTO objectives (account_id, year, product, planned_volume, expected_profit, resources)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![account, o.year, o.product, o.planned_volume, o.expected_profit, o.resources],
        )
        .unwrap();
    }
    for m in &d.milestones {
        conn.execute(
            "INSERT INTO milestones (account_id, title, due, done, note) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![account, m.title, m.due.to_string(), m.done.map(|d| d.to_string()), m.note],
        )
        .unwrap();
    }
    let mut people: HashMap<PersonId, i64> = HashMap::new();
    for p in &d.people {
        conn.execute(
            "INSERT INTO people (account_id, name, job_title, role, influence, attitude, channel, phone, email,
                                 birthday, notes)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            params![
                account,
                p.name,
                p.job_title,
                p.role.map(|r| r.key()),
                p.influence,
                p.attitude.map(|x| x.key()),
                p.channel.map(|c| c.key()),
                p.phone,
                p.email,
                p.birthday.map(|d| d.to_string()),
                p.notes
            ],
        )
        .unwrap();
        people.insert(p.id, conn.last_insert_rowid());
    }
    for p in &d.people {
        if let Some(boss) = p.reports_to {
            conn.execute("UPDATE people SET reports_to = ?1 WHERE id = ?2", params![people[&boss], people[&p.id]])
                .unwrap();
        }
    }
    for c in &d.competitors {
        conn.execute(
            "INSERT INTO competitors (account_id, name, position, strengths, weaknesses) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![account, c.name, c.position, c.strengths, c.weaknesses],
        )
        .unwrap();
    }
    for t in d.touchpoints.iter().rev() {
        conn.execute(
            "INSERT INTO touchpoints (account_id, date, time, channel, summary, outcome, reason, next_step,
                                      next_step_due, next_step_done)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                account,
                t.date.to_string(),
                t.time.map(|x| x.format("%H:%M").to_string()),
                t.channel.key(),
                t.summary,
                t.outcome.map(|o| o.key()),
                t.reason,
                t.next_step,
                t.next_step_due.map(|d| d.to_string()),
                t.next_step_done.map(|d| d.to_string())
            ],
        )
        .unwrap();
        let touchpoint = conn.last_insert_rowid();
        for (position, person) in t.people.iter().enumerate() {
            conn.execute(
                "INSERT INTO touchpoint_people (touchpoint_id, person_id, position) VALUES (?1, ?2, ?3)",
                params![touchpoint, people[person], position as i64],
            )
            .unwrap();
        }
    }
    account
}
