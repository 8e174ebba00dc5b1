//! A message written the way fluent_bundle writes it, for the part of Fluent
//! the catalogues use: text, string literals without escapes, variables
//! (text and whole numbers) and selections on a variable, by plural category
//! or by exact key.
//!
//! Why: fluent_bundle chooses a plural form by turning the number into text
//! and parsing it back, once for each variant it compares, behind a lock; a
//! sentence of `keyplan check` cost about 4,600 instructions that way, and a
//! check writes tens of thousands of them. Here the category is chosen once
//! per selection from the whole number itself, by the same CLDR rules
//! (`intl_pluralrules`, which fluent_bundle uses).
//!
//! Everything else returns `None` and the message goes through fluent_bundle
//! as before: references to other messages and terms, functions, number
//! literals as values, escapes, a variable missing or of another kind, a
//! number with options or a fraction, too many placeables. So do the cases
//! fluent_bundle reports as errors, which decide the fallback to English.
//! The catalogues' bundles set no formatter, no transform and no isolation
//! marks (`catalogues::bundle`), which this relies on; a test compares both
//! ways for every message of every catalogue.

use std::fmt::Write;

use fluent_bundle::FluentValue;
use fluent_syntax::ast;
use intl_pluralrules::operands::PluralOperands;
use intl_pluralrules::{PluralCategory, PluralRules};

use super::Args;

/// fluent_bundle stops resolving after this many placeables in one message.
const MAX_PLACEABLES: u8 = 100;

/// The largest whole number an `f64` holds exactly; beyond it a number is
/// left to fluent_bundle.
const EXACT: f64 = 9_007_199_254_740_992.0;

/// Appends `pattern` with `args` to `out`, or returns `None` (with `out`
/// possibly half written) when fluent_bundle must write it.
pub(super) fn write(
    out: &mut String,
    pattern: &ast::Pattern<&str>,
    args: Option<&Args<'_>>,
    plurals: &PluralRules,
) -> Option<()> {
    let mut writer = Writer { out, args, plurals, placeables: 0 };
    writer.pattern(pattern)
}

/// A variable's value as this module writes it.
#[derive(Clone, Copy)]
enum Arg<'a> {
    Text(&'a str),
    Whole(i64),
}

struct Writer<'w, 'a> {
    out: &'w mut String,
    args: Option<&'a Args<'a>>,
    plurals: &'a PluralRules,
    placeables: u8,
}

impl<'a> Writer<'_, 'a> {
    fn pattern(&mut self, pattern: &ast::Pattern<&str>) -> Option<()> {
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => self.out.push_str(value),
                ast::PatternElement::Placeable { expression } => {
                    self.placeables += 1;
                    if self.placeables > MAX_PLACEABLES {
                        return None;
                    }
                    self.expression(expression)?;
                }
            }
        }
        Some(())
    }

    fn expression(&mut self, expression: &ast::Expression<&str>) -> Option<()> {
        match expression {
            ast::Expression::Inline(inline) => self.inline(inline),
            ast::Expression::Select { selector, variants } => {
                let ast::InlineExpression::VariableReference { id } = selector else { return None };
                let value = self.arg(id.name)?;
                let chosen = choose(value, variants, self.plurals)?;
                self.pattern(&chosen.value)
            }
        }
    }

    fn inline(&mut self, inline: &ast::InlineExpression<&str>) -> Option<()> {
        match inline {
            ast::InlineExpression::StringLiteral { value } if !value.contains('\\') => self.out.push_str(value),
            ast::InlineExpression::VariableReference { id } => match self.arg(id.name)? {
                Arg::Text(text) => self.out.push_str(text),
                Arg::Whole(n) => write!(self.out, "{n}").ok()?,
            },
            ast::InlineExpression::Placeable { expression } => self.expression(expression)?,
            _ => return None,
        }
        Some(())
    }

    fn arg(&self, name: &str) -> Option<Arg<'a>> {
        // A message has a handful of arguments: a scan, not a search; the
        // last of a name counts, as in fluent_bundle's map.
        let (_, value) = self.args?.iter().rev().find(|(key, _)| *key == name)?;
        match value {
            FluentValue::String(text) => Some(Arg::Text(text)),
            FluentValue::Number(number) => {
                let value = number.value;
                // fluent_bundle writes an `f64` (`-0` for negative zero).
                let whole = number.options == Default::default()
                    && value.fract() == 0.0
                    && value.abs() < EXACT
                    && !(value == 0.0 && value.is_sign_negative());
                whole.then_some(Arg::Whole(value as i64))
            }
            _ => None,
        }
    }
}

/// The variant fluent_bundle chooses for `value`: the first whose key
/// matches, else the default one.
fn choose<'v, 's>(
    value: Arg<'_>,
    variants: &'v [ast::Variant<&'s str>],
    plurals: &PluralRules,
) -> Option<&'v ast::Variant<&'s str>> {
    let category = match value {
        Arg::Whole(n) => Some(plurals.select(PluralOperands::try_from(n).ok()?).ok()?),
        Arg::Text(_) => None,
    };
    let matches = |key: &ast::VariantKey<&str>| match (key, value) {
        (ast::VariantKey::Identifier { name }, Arg::Text(text)) => *name == text,
        (ast::VariantKey::Identifier { name }, Arg::Whole(_)) => {
            category.is_some() && plural_category(name) == category
        }
        // A key with a fraction (`[1.0]`) carries options a variable's number
        // has not, and is never equal to it.
        (ast::VariantKey::NumberLiteral { value: key }, Arg::Whole(n)) => {
            !key.contains('.') && key.parse::<i64>().is_ok_and(|key| key == n)
        }
        (ast::VariantKey::NumberLiteral { .. }, Arg::Text(_)) => false,
    };
    variants.iter().find(|v| matches(&v.key)).or_else(|| variants.iter().find(|v| v.default))
}

fn plural_category(name: &str) -> Option<PluralCategory> {
    Some(match name {
        "zero" => PluralCategory::ZERO,
        "one" => PluralCategory::ONE,
        "two" => PluralCategory::TWO,
        "few" => PluralCategory::FEW,
        "many" => PluralCategory::MANY,
        "other" => PluralCategory::OTHER,
        _ => return None,
    })
}
