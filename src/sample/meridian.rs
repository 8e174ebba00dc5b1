//! Meridian Freight Lines: a former customer. Bought by a European group that
//! moved telematics to its global contract; we parted on good terms.

use super::build::*;
use crate::domain::Dossier;

pub(super) fn dossier(c: Clock) -> Dossier {
    let account = Account {
        client_type: Kt::Breadwinner,
        level_now: Lv::Basic,
        level_target: Lv::Reactive,
        status: St::Former,
        industry: "Road haulage and freight forwarding".into(),
        region: "Felixstowe, United Kingdom".into(),
        headcount: Some(650),
        annual_sales: None,
        cooperation_start: Some(c.d(-2540)),
        description: "Container haulier serving the east coast ports, 260 tractor units. \
            Ran TeleSense Fleet on the whole fleet for six years until its acquisition by \
            the Vandermeer Logistics group."
            .into(),
        development_history: "Founded in 1979 as a family haulier; grew with the port of \
            Felixstowe. Acquired by Vandermeer Logistics (Rotterdam) last year; group IT \
            replaced local systems within nine months."
            .into(),
        org_structure: "Now a subsidiary: the UK Managing Director reports to the group; \
            procurement and IT decisions are taken in Rotterdam."
            .into(),
        market_environment: "Consolidation of UK haulage into European groups; group-wide \
            telematics contracts with one global vendor are the norm."
            .into(),
        preferred_products: "Bought: TeleSense Fleet trackers and driver apps, tachograph \
            downloads, fuel reports."
            .into(),
        currency: Some("GBP".into()),
        closed_on: Some(c.d(-236)),
        loss_reason: Some(LossReason::Other),
        loss_note: "Acquired by Vandermeer Logistics; telematics moved to the group's global vendor.".into(),
        ..Account::new("Meridian Freight Lines", c.d(-2180))
    };
    Dossier {
        account,
        charter: "For six years we kept Meridian's fleet visible and its drivers' hours \
            legal. Our charter now: stay a respected former supplier, keep the door open to \
            the group, and hand back every byte of their data cleanly."
            .into(),
        situation: "Former customer since the group moved the fleet to its global \
            telematics vendor. The decision was not about us: the local team rated our \
            service highly and gave us a written reference. The former Fleet Director now \
            runs UK operations for the group."
            .into(),
        strategy: "No active selling. Check in twice a year with the UK operations lead; \
            watch the group's global contract renewal and be ready with a UK-specific offer \
            (tachograph compliance, port gate integration) the global vendor lacks."
            .into(),
        objectives: vec![objective(
            c.year(1),
            "Win-back option at the group's contract renewal",
            "Pilot on the UK fleet (260 units)",
            None,
            "Watch the renewal date; reference from the local team",
        )],
        milestones: vec![
            milestone(
                "Final data export handed over",
                c.d(-245),
                Some(c.d(-240)),
                "Six years of trip and tachograph data delivered as CSV and PDF.",
            ),
            milestone("Check-in with UK operations about the group contract", c.d(120), None, ""),
        ],
        people: vec![
            person(1, "David Ashworth", "Head of UK Operations (formerly Fleet Director)")
                .plays(R::Champion, 3, A::Supporter)
                .reach(Cc::Phone, "+44 7700 900127", "d.ashworth@meridian-freight.co.uk")
                .born(c.years_before(57, 100))
                .note("Gave us a written reference. Sails at weekends."),
            person(2, "Joanne Pike", "Transport Planner").plays(R::User, 2, A::Supporter).under(1).reach(
                Cc::Email,
                "+44 1632 960018",
                "j.pike@meridian-freight.co.uk",
            ),
            person(3, "Pieter de Graaf", "Group IT Director, Vandermeer Logistics")
                .plays(R::DecisionMaker, 5, A::Neutral)
                .reach(Cc::Email, "+31 10 123 4500", "p.degraaf@vandermeer-logistics.nl"),
        ],
        competitors: vec![competitor(
            "GlobalFleet Telematics",
            "The group's global vendor; now runs the whole Meridian fleet.",
            "One contract for 14 countries, group IT integration.",
            "No UK tachograph service, slow local support.",
        )],
        touchpoints: vec![
            touch(c.d(-236), Ch::Call, "David confirmed the data export arrived complete; thanked the team.")
                .with(&[1])
                .result(O::Positive, "")
                .follow_up("Ask David for a written reference", c.d(-225))
                .done_on(c.d(-221)),
            touch(c.d(-262), Ch::Email, "Group IT set the switch-off date for our trackers.")
                .with(&[3])
                .follow_up("Prepare the final data export", c.d(-245))
                .done_on(c.d(-240)),
            touch(c.d(-284), Ch::Meeting, "Meeting with group IT in Rotterdam: a UK-specific offer for the fleet.")
                .with(&[3, 1])
                .result(O::DealLost, "Group policy: one global telematics vendor; no local exceptions."),
            touch(c.d(-310), Ch::Call, "David warned that the new owner is reviewing all IT suppliers.")
                .with(&[1])
                .result(O::Neutral, "")
                .follow_up("Request a meeting with group IT", c.d(-295))
                .done_on(c.d(-290)),
            touch(c.d(-338), Ch::Visit, "Driver app training for the night planners.")
                .with(&[2])
                .result(O::Positive, ""),
            touch(c.d(-362), Ch::Meeting, "Annual review with David: fuel use down 4% on the year.")
                .with(&[1])
                .result(O::Positive, ""),
        ],
        sales: sales(c),
        text_revisions: Default::default(),
    }
}

/// Fading slowly while the group reviewed suppliers, nothing since the switch-off.
fn sales(c: Clock) -> Vec<crate::domain::Sale> {
    let lines = [Line { product: "TeleSense Fleet subscriptions", share: 100, margin: 30, unit_price: 0 }];
    three_years(c, 20, Pattern::Fading { last: 8 }, 600_000, &lines)
}
