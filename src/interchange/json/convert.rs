//! Between the domain's dossier and the document's entry: ids become refs
//! on the way out and local ids on the way in.

use super::*;
use crate::domain::Stamp;

pub(super) fn entry(d: &Dossier) -> Entry {
    // People are referred to by their place in the list, counted from 1.
    let refs: HashMap<PersonId, u32> =
        d.people.iter().enumerate().map(|(i, p)| (p.id, u32::try_from(i + 1).unwrap_or(u32::MAX))).collect();
    let a = &d.account;
    Entry {
        account: AccountEntry {
            uid: a.stamp.uid.clone(),
            name: NonEmpty(a.name.clone()),
            client_type: a.client_type,
            level_now: a.level_now,
            level_target: a.level_target,
            status: a.status,
            industry: a.industry.clone(),
            region: a.region.clone(),
            headcount: a.headcount,
            annual_sales: a.annual_sales,
            cooperation_start: a.cooperation_start,
            description: a.description.clone(),
            development_history: a.development_history.clone(),
            org_structure: a.org_structure.clone(),
            market_environment: a.market_environment.clone(),
            preferred_products: a.preferred_products.clone(),
            contact_every_days: a.contact_every_days.and_then(NonZeroU32::new),
            created_on: Some(a.created_on),
            currency: a.currency.clone(),
            closed_on: a.closed_on,
            loss_reason: a.loss_reason,
            loss_note: a.loss_note.clone(),
            win_back: a.win_back.as_ref().map(|w| WinBackEntry { means: w.means, note: w.note.clone(), due: w.due }),
        },
        charter: d.charter.clone(),
        situation: d.situation.clone(),
        strategy: d.strategy.clone(),
        objectives: d
            .objectives
            .iter()
            .map(|o| ObjectiveEntry {
                uid: o.stamp.uid.clone(),
                year: o.year,
                product: o.product.clone(),
                planned_volume: o.planned_volume.clone(),
                expected_profit: o.expected_profit,
                resources: o.resources.clone(),
            })
            .collect(),
        milestones: d
            .milestones
            .iter()
            .map(|m| MilestoneEntry {
                uid: m.stamp.uid.clone(),
                title: NonEmpty(m.title.clone()),
                due: m.due,
                done: m.done,
                note: m.note.clone(),
            })
            .collect(),
        people: d
            .people
            .iter()
            .map(|p| PersonEntry {
                uid: p.stamp.uid.clone(),
                reference: refs.get(&p.id).copied().unwrap_or(0),
                name: NonEmpty(p.name.clone()),
                job_title: p.job_title.clone(),
                role: p.role,
                influence: p.influence.map(Influence),
                attitude: p.attitude,
                reports_to: p.reports_to.and_then(|boss| refs.get(&boss).copied()),
                channel: p.channel,
                phone: p.phone.clone(),
                email: p.email.clone(),
                birthday: p.birthday,
                notes: p.notes.clone(),
            })
            .collect(),
        competitors: d
            .competitors
            .iter()
            .map(|c| CompetitorEntry {
                uid: c.stamp.uid.clone(),
                name: NonEmpty(c.name.clone()),
                position: c.position.clone(),
                strengths: c.strengths.clone(),
                weaknesses: c.weaknesses.clone(),
            })
            .collect(),
        touchpoints: d
            .touchpoints
            .iter()
            .map(|t| TouchpointEntry {
                uid: t.stamp.uid.clone(),
                date: t.date,
                time: t.time,
                channel: t.channel,
                people: t.people.iter().filter_map(|p| refs.get(p).copied()).collect(),
                summary: t.summary.clone(),
                outcome: t.outcome,
                reason: t.reason.clone(),
                next_step: t.next_step.clone(),
                next_step_due: t.next_step_due,
                next_step_done: t.next_step_done,
            })
            .collect(),
        sales: d
            .sales
            .iter()
            .map(|s| SaleEntry {
                month: s.month,
                product: s.product.clone(),
                amount: s.amount,
                profit: s.profit,
                volume: s.volume,
            })
            .collect(),
    }
}

pub(super) fn dossier(e: Entry, today: NaiveDate) -> Dossier {
    let a = e.account;
    let account = Account {
        id: AccountId(0),
        name: a.name.0,
        client_type: a.client_type,
        level_now: a.level_now,
        level_target: a.level_target,
        status: a.status,
        industry: a.industry,
        region: a.region,
        headcount: a.headcount,
        annual_sales: a.annual_sales,
        cooperation_start: a.cooperation_start,
        description: a.description,
        development_history: a.development_history,
        org_structure: a.org_structure,
        market_environment: a.market_environment,
        preferred_products: a.preferred_products,
        contact_every_days: a.contact_every_days.map(NonZeroU32::get),
        created_on: a.created_on.unwrap_or(today),
        currency: a.currency,
        closed_on: a.closed_on,
        loss_reason: a.loss_reason,
        loss_note: a.loss_note,
        win_back: a.win_back.map(|w| crate::domain::analysis::WinBack { means: w.means, note: w.note, due: w.due }),
        stamp: Stamp::new(a.uid, 0),
    };
    let local = |r: u32| PersonId(i64::from(r));
    Dossier {
        account,
        charter: e.charter,
        situation: e.situation,
        strategy: e.strategy,
        objectives: e
            .objectives
            .into_iter()
            .map(|o| Objective {
                id: ObjectiveId(0),
                account_id: AccountId(0),
                year: o.year,
                product: o.product,
                planned_volume: o.planned_volume,
                expected_profit: o.expected_profit,
                resources: o.resources,
                stamp: Stamp::new(o.uid, 0),
            })
            .collect(),
        milestones: e
            .milestones
            .into_iter()
            .map(|m| Milestone {
                done: m.done,
                note: m.note,
                stamp: Stamp::new(m.uid, 0),
                ..Milestone::new(AccountId(0), m.title.0, m.due)
            })
            .collect(),
        people: e
            .people
            .into_iter()
            .map(|p| Person {
                id: local(p.reference),
                account_id: AccountId(0),
                name: p.name.0,
                job_title: p.job_title,
                role: p.role,
                influence: p.influence.map(|i| i.0),
                attitude: p.attitude,
                reports_to: p.reports_to.map(local),
                channel: p.channel,
                phone: p.phone,
                email: p.email,
                birthday: p.birthday,
                notes: p.notes,
                stamp: Stamp::new(p.uid, 0),
            })
            .collect(),
        competitors: e
            .competitors
            .into_iter()
            .map(|c| Competitor {
                id: CompetitorId(0),
                account_id: AccountId(0),
                name: c.name.0,
                position: c.position,
                strengths: c.strengths,
                weaknesses: c.weaknesses,
                stamp: Stamp::new(c.uid, 0),
            })
            .collect(),
        touchpoints: e
            .touchpoints
            .into_iter()
            .map(|t| Touchpoint {
                id: TouchpointId(0),
                account_id: AccountId(0),
                date: t.date,
                time: t.time,
                channel: t.channel,
                people: t.people.into_iter().map(local).collect(),
                summary: t.summary,
                outcome: t.outcome,
                reason: t.reason,
                next_step: t.next_step,
                next_step_due: t.next_step_due,
                next_step_done: t.next_step_done,
                stamp: Stamp::new(t.uid, 0),
                // Which contact followed it is not carried (row ids differ
                // between databases); the done date keeps it closed.
                followed_by: None,
            })
            .collect(),
        sales: e
            .sales
            .into_iter()
            .map(|s| crate::domain::Sale {
                account_id: AccountId(0),
                month: s.month,
                product: s.product,
                amount: s.amount,
                profit: s.profit,
                volume: s.volume,
            })
            .collect(),
        text_revisions: Default::default(),
    }
}
