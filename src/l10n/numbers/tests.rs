//! Typed amounts: rounding to whole units and the refusals in each language.

use super::*;
use crate::l10n::scoped;

#[test]
fn whole_units_round_half_away_from_zero() {
    for (hundredths, units) in [
        (125_000_050, 1_250_001),
        (125_000_049, 1_250_000),
        (100, 1),
        (0, 0),
        (49, 0),
        (50, 1),
        (-49, 0),
        (-50, -1),
        (-30_000_050, -300_001),
        (i64::MAX, i64::MAX / 100),
        (i64::MIN, i64::MIN / 100),
        (i64::MIN + 8, i64::MIN / 100),
        (-9_223_372_036_854_775_750, -92_233_720_368_547_758),
    ] {
        assert_eq!(whole_units(hundredths), units, "{hundredths}");
    }
}

#[test]
fn local_groupings_are_read_in_every_language() {
    for language in Language::ALL {
        let _speaking = scoped(language);
        for (typed, hundredths) in [
            ("1 250 000,50", 125_000_050),
            ("1\u{a0}250\u{a0}000,50", 125_000_050),
            ("1\u{202f}250\u{202f}000", 125_000_000),
            ("1'250'000", 125_000_000),
            ("1’250’000,5", 125_000_050),
            ("1_250_000", 125_000_000),
            ("1.250.000,50", 125_000_050),
            ("1,250,000.50", 125_000_050),
            ("−300", -30_000),
        ] {
            assert_eq!(parse_amount(typed), Ok(hundredths), "{typed} in {language:?}");
        }
    }
}

#[test]
fn refusals_are_sentences_in_the_interface_language() {
    let cases = [
        (
            Language::English,
            ["'x' is not a number", "'1,255' has more than two decimals", "is too large", "is ambiguous"],
        ),
        (Language::Ukrainian, ["«x» — не число", "«1,255»: більше двох знаків після коми", "завелике", "двояко"]),
        (
            Language::Russian,
            ["«x» — не число", "«1,255»: больше двух знаков после запятой", "слишком большое", "двояко"],
        ),
        (Language::Georgian, ["„x“ არ არის რიცხვი", "„1,255“: მძიმის შემდეგ", "ზედმეტად დიდი", "ორაზროვანია"]),
    ];
    for (language, [not_a_number, too_precise, too_large, ambiguous]) in cases {
        let _speaking = scoped(language);
        let said = |typed: &str| parse_amount(typed).unwrap_err().to_string();
        assert!(said("x").starts_with(not_a_number), "{language:?}: {}", said("x"));
        assert!(said("1,2555").replace("2555", "255").starts_with(too_precise), "{language:?}: {}", said("1,2555"));
        assert!(said("99999999999999999999").contains(too_large), "{language:?}");
        assert!(said("1.250").contains(ambiguous), "{language:?}: {}", said("1.250"));
    }
}
