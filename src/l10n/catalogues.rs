//! The catalogues compiled into the binary: one directory per language
//! under `locales/`, the same files in each, one file per area of the
//! program so the files stay readable.

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use unic_langid::LanguageIdentifier;

use super::Language;

/// The areas, in the order their files are read. A message id is unique
/// across all of them.
pub const AREAS: [&str; 16] = [
    "choices",
    "alerts",
    "screens",
    "dossier",
    "forms",
    "keys",
    "shell",
    "documents",
    "input",
    "errors",
    "imports",
    "changes",
    "sales",
    "analysis",
    "reports",
    "losses",
];

macro_rules! catalogue {
    ($code:literal) => {
        [
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/", $code, "/choices.ftl")),
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/", $code, "/alerts.ftl")),
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/", $code, "/screens.ftl")),
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/", $code, "/dossier.ftl")),
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/", $code, "/forms.ftl")),
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/", $code, "/keys.ftl")),
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/", $code, "/shell.ftl")),
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/", $code, "/documents.ftl")),
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/", $code, "/input.ftl")),
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/", $code, "/errors.ftl")),
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/", $code, "/imports.ftl")),
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/", $code, "/changes.ftl")),
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/", $code, "/sales.ftl")),
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/", $code, "/analysis.ftl")),
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/", $code, "/reports.ftl")),
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/", $code, "/losses.ftl")),
        ]
    };
}

/// The source text of each area's file in `language`.
pub fn sources(language: Language) -> [&'static str; AREAS.len()] {
    match language {
        Language::English => catalogue!("en"),
        Language::Ukrainian => catalogue!("uk"),
        Language::Russian => catalogue!("ru"),
        Language::Georgian => catalogue!("ka"),
    }
}

/// Parses `language`'s catalogue into a bundle. The files are part of the
/// binary and a test parses every one of them, so an error here is a bug
/// caught before release; what parsed is used even then.
pub fn bundle(language: Language) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = language.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Unicode isolation marks would reach the terminal as stray characters.
    bundle.set_use_isolating(false);
    for source in sources(language) {
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
        // A duplicate id keeps its first definition; a test forbids them.
        let _ = bundle.add_resource(resource);
    }
    bundle
}
