//! Brambleford Foods: a demanding UK chilled-food manufacturer (expert type)
//! that pushes our quality up; third-largest account.

use super::build::*;
use crate::domain::Dossier;

pub(super) fn dossier(c: Clock) -> Dossier {
    let account = Account {
        client_type: Kt::Expert,
        level_now: Lv::Proactive,
        level_target: Lv::Partnership,
        status: St::Active,
        industry: "Chilled food manufacturing".into(),
        region: "Leeds, United Kingdom".into(),
        headcount: Some(2400),
        annual_sales: Some(15_300_000),
        cooperation_start: Some(c.d(-2957)),
        description: "Family-owned maker of chilled ready meals, soups and dips for the big \
            UK supermarkets, with three sites in Yorkshire and a fleet of 120 refrigerated \
            vehicles. Uses TeleSense Cold in every chiller and blast freezer and our loggers \
            on every trailer."
            .into(),
        development_history: "Started in 1987 as a farm kitchen selling soups to local \
            delis. Won its first supermarket own-label contract in 1998, opened the Wakefield \
            site in 2009 and the Selby soup plant in 2018. We started with a temperature audit \
            of the Leeds chillers after a failed retailer inspection."
            .into(),
        org_structure: "Managing Director → Operations Director (three site managers, \
            engineering), Technical Director (quality, food safety, retailer audits), Finance \
            Director (procurement, category buyers). Capital spend above £250k goes to the \
            family board."
            .into(),
        market_environment: "Retailers squeeze margins and audit hard; energy costs doubled \
            in two years. Competitors are large listed groups. Net-zero commitments from the \
            retailers push suppliers to measure refrigeration energy."
            .into(),
        preferred_products: "TeleSense Cold sensors and gateways, trailer loggers, the \
            retailer-audit report pack, annual calibration. Buys steadily every quarter \
            (XYZ: X); asks for data before every decision."
            .into(),
        currency: Some("GBP".into()),
        ..Account::new("Brambleford Foods Ltd", c.d(-2113))
    };
    Dossier {
        account,
        charter: "We keep Brambleford's food safe and their retailer audits boring. Every \
            chiller, freezer and trailer is measured, every excursion is caught before it \
            becomes waste, and every audit gets its evidence in minutes.\n\n\
            Brambleford is the customer that makes us better: their technical team tests \
            everything we ship, and we treat their feedback as our product roadmap."
            .into(),
        situation: "Strong, technical relationship. We are installed on all three sites \
            and the whole fleet; the Technical Director uses our reports in every retailer \
            audit and has never failed one since.\n\n\
            Weaknesses: our energy module is behind ColdChain Analytics, which the Operations \
            Director has seen at a trade show; our gateways needed two firmware fixes this \
            year. Threats: a retailer may mandate its own monitoring platform for suppliers. \
            Their situation: energy bills are the board's first worry; a new Selby line is \
            planned for next year."
            .into(),
        strategy: "Move from proactive supplier to partner: co-develop the refrigeration \
            energy module with their engineering team, then roll it out to all sites. Our \
            value: fewer write-offs, audits without panic, and a measured path to the \
            retailers' net-zero targets.\n\n\
            Next steps: energy pilot at Wakefield, a joint case study for the retailers' \
            supplier conference, and sensors for the new Selby line designed in from the start."
            .into(),
        objectives: vec![
            objective(
                c.year(0),
                "Energy monitoring pilot (Wakefield)",
                "14 compressors, 60 sub-meters",
                Some(420_000),
                "Energy engineer, 3-month pilot, joint review with their engineering team",
            ),
            objective(
                c.year(0),
                "Sensor refresh and calibration, all sites",
                "1 100 sensors",
                Some(2_900_000),
                "Two field engineers for six weeks",
            ),
            objective(
                c.year(1),
                "Selby new line: monitoring built in",
                "180 sensors, 6 gateways",
                Some(1_300_000),
                "Presales engineer from design stage",
            ),
        ],
        milestones: vec![
            milestone("Annual retailer audit support", c.d(-120), Some(c.d(-118)), "Passed with no non-conformities."),
            milestone("Energy pilot results to the board", c.d(-16), None, "Data ready; waiting for a board slot."),
            milestone("Joint case study for the supplier conference", c.d(21), None, ""),
        ],
        people: vec![
            person(1, "Margaret Holloway", "Managing Director")
                .plays(R::DecisionMaker, 5, A::Supporter)
                .reach(Cc::Meeting, "+44 113 496 0100", "m.holloway@brambleford-foods.co.uk")
                .born(c.years_before(61, 230))
                .note("Second generation of the family. Plays the long game; hates surprises."),
            person(2, "Dr Priya Raman", "Technical Director")
                .plays(R::Champion, 4, A::Supporter)
                .under(1)
                .reach(Cc::Email, "+44 113 496 0140", "p.raman@brambleford-foods.co.uk")
                .born(c.years_before(43, 64))
                .note("Food microbiologist. Wants raw data exports, not dashboards."),
            person(3, "Gareth Evans", "Operations Director")
                .plays(R::Influencer, 4, A::Neutral)
                .under(1)
                .reach(Cc::Phone, "+44 7700 900214", "g.evans@brambleford-foods.co.uk")
                .note("Rugby fan (Leeds Rhinos). Saw ColdChain Analytics' energy demo."),
            person(4, "Hannah Whitaker", "Category Buyer, Engineering").plays(R::Buyer, 3, A::Neutral).under(5).reach(
                Cc::Email,
                "+44 113 496 0177",
                "h.whitaker@brambleford-foods.co.uk",
            ),
            person(5, "Simon Clarke", "Finance Director").plays(R::Influencer, 3, A::Neutral).under(1).reach(
                Cc::Email,
                "+44 113 496 0120",
                "s.clarke@brambleford-foods.co.uk",
            ),
            person(6, "Tom Birch", "Engineering Manager, Wakefield").plays(R::User, 2, A::Supporter).under(3).reach(
                Cc::Messenger,
                "+44 7700 900388",
                "t.birch@brambleford-foods.co.uk",
            ),
        ],
        competitors: vec![
            competitor(
                "ColdChain Analytics",
                "Showed an energy-optimisation demo to the Operations Director; no foothold yet.",
                "Strong energy analytics, slick dashboards, retailer references.",
                "Weak on trailers, no audit report pack, UK support outsourced.",
            ),
            competitor(
                "Retailer's own supplier portal",
                "One retailer is piloting a mandatory monitoring platform for its suppliers.",
                "Retailer mandate; free for suppliers.",
                "Only covers that retailer's products; no alarms or fleet coverage.",
            ),
        ],
        touchpoints: vec![
            touch(
                c.d(-23),
                Ch::Meeting,
                "Energy pilot review at Wakefield with Gareth and Tom: compressor 7 short-cycles, \
                 potential saving 11% on site refrigeration energy.",
            )
            .at(10, 0)
            .with(&[3, 6])
            .result(O::Positive, "")
            .follow_up("Send the pilot summary in the board template", c.d(3)),
            touch(c.d(-28), Ch::Email, "Priya asked for raw CSV exports for an internal shelf-life study.")
                .with(&[2])
                .follow_up("Deliver the exports and a data dictionary", c.d(-23))
                .done_on(c.d(-24)),
            touch(c.d(-36), Ch::Call, "Hannah chased the quote for the sensor refresh.")
                .with(&[4])
                .follow_up("Send the revised quote with calibration included", c.d(-29))
                .done_on(c.d(-30)),
            touch(c.d(-45), Ch::Meeting, "Quarterly business review with Margaret and Simon.")
                .at(14, 30)
                .with(&[1, 5])
                .result(O::Positive, "")
                .follow_up("Propose a three-year framework", c.d(-30))
                .done_on(c.d(-33)),
            touch(c.d(-63), Ch::Visit, "Installed 60 energy sub-meters at Wakefield for the pilot.")
                .with(&[6])
                .result(O::Positive, ""),
            touch(c.d(-82), Ch::Meeting, "Signed the energy monitoring pilot.")
                .with(&[1, 3, 5])
                .result(O::DealWon, "Priya vouched for our data quality; ColdChain could not cover the trailers."),
            touch(
                c.d(-101),
                Ch::Call,
                "Gareth mentioned the ColdChain Analytics demo and asked what we offer on energy.",
            )
            .with(&[3])
            .result(O::Neutral, "")
            .follow_up("Propose an energy pilot", c.d(-90))
            .done_on(c.d(-92)),
            touch(c.d(-118), Ch::Visit, "Supported the annual retailer audit in Leeds: no non-conformities.")
                .with(&[2])
                .result(O::Positive, ""),
            touch(c.d(-146), Ch::Email, "Complaint: gateway at Selby dropped offline twice in one week.")
                .with(&[2, 6])
                .result(O::Negative, "Firmware fault in gateway v3.2; fixed in v3.3.")
                .follow_up("Root-cause report within 5 working days", c.d(-139))
                .done_on(c.d(-140)),
            touch(c.d(-180), Ch::Meeting, "Proposed the premium dashboard for site managers.")
                .with(&[5, 3])
                .result(O::Refusal, "Finance sees no return; site managers already use the standard reports."),
            touch(c.d(-215), Ch::Call, "Checked in with Tom after the heatwave: no excursions in the blast freezers.")
                .with(&[6])
                .result(O::Positive, ""),
            touch(
                c.d(-247),
                Ch::Meeting,
                "Quarterly business review: sales on plan, refresh of older sensors next year.",
            )
            .with(&[1, 5, 2])
            .result(O::Positive, ""),
            touch(c.d(-290), Ch::Message, "Priya shared the retailer's new temperature-logging standard.")
                .with(&[2])
                .follow_up("Check our report pack against the new standard", c.d(-275))
                .done_on(c.d(-270)),
            touch(c.d(-326), Ch::Visit, "Fitted loggers on 20 new refrigerated trailers.")
                .with(&[3])
                .result(O::DealWon, "Same platform as the chillers; one audit trail."),
        ],
        sales: sales(c),
        text_revisions: Default::default(),
    }
}

/// The expert buys by project: months of nothing, then a large order.
fn sales(c: Clock) -> Vec<crate::domain::Sale> {
    let lines = [
        Line { product: "Sensor refresh and calibration, all sites", share: 70, margin: 30, unit_price: 9_500 },
        Line { product: "Energy monitoring pilot (Wakefield)", share: 30, margin: 25, unit_price: 0 },
    ];
    three_years(c, 12, Pattern::Irregular, 1_270_000, &lines)
}
