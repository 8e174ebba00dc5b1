//! St Aldhelm University Hospitals: a small but prestigious account (image
//! maker). Not contacted for two months: overdue, with a late follow-up.

use super::build::*;
use crate::domain::Dossier;

pub(super) fn dossier(c: Clock) -> Dossier {
    let account = Account {
        client_type: Kt::ImageMaker,
        level_now: Lv::Reactive,
        level_target: Lv::Accountable,
        status: St::Active,
        industry: "Healthcare (teaching hospitals)".into(),
        region: "Bristol, United Kingdom".into(),
        headcount: Some(9800),
        annual_sales: Some(950_000),
        cooperation_start: Some(c.d(-1180)),
        description: "A group of three teaching hospitals with a regional pharmacy hub. \
            Monitors vaccine and pharmacy fridges, blood bank and lab freezers with \
            TeleSense Cold. Small spend, but a name every hospital in the region knows."
            .into(),
        development_history: "Formed by the merger of two city hospitals in 2001; the \
            pharmacy hub opened in 2020. We won a competitive tender for fridge monitoring \
            three years ago, starting with the pharmacy hub."
            .into(),
        org_structure: "Chief Pharmacist (pharmacy hub, ward fridges) and Head of Pathology \
            (labs, blood bank) each own their budgets; Estates runs the network; purchases \
            above £50k go through the procurement team and a framework agreement."
            .into(),
        market_environment: "Public budgets are tight and every purchase follows framework \
            rules. Regulators inspect cold chain records for vaccines and blood products; \
            hospitals share suppliers' references with each other."
            .into(),
        preferred_products: "Fridge and freezer sensors with alarm escalation, validated \
            calibration certificates, audit reports. Buys when budgets release, often in March \
            (XYZ: Z)."
            .into(),
        currency: Some("GBP".into()),
        ..Account::new("St Aldhelm University Hospitals", c.d(-1250))
    };
    Dossier {
        account,
        charter: "No vaccine, blood product or sample at St Aldhelm is lost to a failed \
            fridge. We give the pharmacy and pathology teams alarms they trust and records \
            that satisfy any inspector, and we earn the reference that opens the rest of the \
            region's hospitals."
            .into(),
        situation: "Small spend (group C) but high visibility: the Chief Pharmacist speaks \
            at regional meetings and recommends us. Pathology still uses an older system from \
            LabGuard and is sceptical. Budgets are frozen until the new financial year.\n\n\
            We have let the contact lapse: no call for two months, and the promised \
            calibration dates are still not confirmed."
            .into(),
        strategy: "Keep the pharmacy hub delighted and use it as the reference site. Win \
            pathology at the LabGuard contract's end with a side-by-side trial on the blood \
            bank. Offer a regional user day hosted at St Aldhelm."
            .into(),
        objectives: vec![
            objective(
                c.year(0),
                "Annual calibration and alarm service",
                "310 sensors",
                Some(140_000),
                "Calibration engineer, 4 days on site",
            ),
            objective(
                c.year(1),
                "Pathology and blood bank monitoring",
                "220 sensors",
                Some(380_000),
                "Side-by-side trial, framework tender response",
            ),
        ],
        milestones: vec![
            milestone("Annual calibration visit", c.d(-25), None, "Dates never confirmed with the pharmacy hub."),
            milestone("Regional user day hosted at St Aldhelm", c.d(55), None, ""),
            milestone("Blood bank trial proposal", c.d(-150), Some(c.d(-147)), ""),
        ],
        people: vec![
            person(1, "Fiona MacLeod", "Chief Pharmacist")
                .plays(R::Champion, 4, A::Supporter)
                .reach(Cc::Email, "+44 117 496 0520", "fiona.macleod@staldhelm-uh.org.uk")
                .born(c.years_before(54, 180))
                .note("Chairs the regional pharmacy network. Our best reference."),
            person(2, "Dr Oliver Grant", "Head of Pathology")
                .plays(R::DecisionMaker, 4, A::Opponent)
                .reach(Cc::Meeting, "+44 117 496 0610", "oliver.grant@staldhelm-uh.org.uk")
                .note("Loyal to LabGuard; wants evidence from other labs."),
            person(3, "Karen Douglas", "Procurement Manager").plays(R::Buyer, 3, A::Neutral).reach(
                Cc::Email,
                "+44 117 496 0700",
                "procurement@staldhelm-uh.org.uk",
            ),
            person(4, "Ben Okafor", "Pharmacy Technician, cold chain lead")
                .plays(R::User, 2, A::Supporter)
                .under(1)
                .reach(Cc::Phone, "+44 7700 900651", "ben.okafor@staldhelm-uh.org.uk"),
        ],
        competitors: vec![competitor(
            "LabGuard Systems",
            "Incumbent in pathology and the blood bank; contract ends next year.",
            "Long-standing, validated in labs, on the national framework.",
            "Old hardware, no mobile alarms, expensive call-outs.",
        )],
        touchpoints: vec![
            touch(c.d(-61), Ch::Email, "Asked Fiona for calibration dates at the pharmacy hub.")
                .with(&[1])
                .follow_up("Confirm calibration dates with Ben", c.d(-47)),
            touch(c.d(-88), Ch::Call, "Ben reported a fridge alarm at 2 a.m. escalated correctly; vaccines saved.")
                .with(&[4])
                .result(O::Positive, "Escalation to the on-call pharmacist worked."),
            touch(c.d(-118), Ch::Email, "Karen confirmed our place on the regional framework for two more years.")
                .with(&[3])
                .result(O::Positive, ""),
            touch(c.d(-147), Ch::Meeting, "Presented a blood bank trial to Dr Grant.")
                .with(&[2])
                .result(
                    O::Refusal,
                    "Pathology will not change systems before the LabGuard contract ends; wants \
                 references from other labs.",
                )
                .follow_up("Send two lab references", c.d(-135))
                .done_on(c.d(-133)),
            touch(c.d(-190), Ch::Visit, "Fiona showed our alarm records to the regulator's inspector; no findings.")
                .with(&[1, 4])
                .result(O::Positive, ""),
            touch(c.d(-236), Ch::Email, "Framework call-off for 40 more ward fridge sensors.")
                .with(&[3])
                .result(O::DealWon, "Pharmacy's recommendation; lowest whole-life cost."),
            touch(c.d(-290), Ch::Call, "Fiona asked us to present at the regional pharmacy network.")
                .with(&[1])
                .result(O::Positive, "")
                .follow_up("Prepare a 20-minute case talk", c.d(-270))
                .done_on(c.d(-272)),
            touch(c.d(-331), Ch::Visit, "Annual calibration of 270 sensors.").with(&[4]).result(O::Positive, ""),
        ],
        sales: sales(c),
        text_revisions: Default::default(),
    }
}

/// Steady: the service contract, billed monthly.
fn sales(c: Clock) -> Vec<crate::domain::Sale> {
    let lines = [Line { product: "Annual calibration and alarm service", share: 100, margin: 38, unit_price: 0 }];
    three_years(c, 17, Pattern::Steady, 79_000, &lines)
}
