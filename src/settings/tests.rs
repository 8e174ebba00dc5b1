use super::*;

fn parsed(text: &str) -> (Settings, Vec<String>) {
    parse(text, FILE_NAME)
}

#[test]
fn template_parses_back_to_the_defaults() {
    assert_eq!(parsed(&template()), (Settings::default(), vec![]));
    assert!(template().contains("[cadence.image_maker]\nideal_days = 30\nmax_days = 45\n"));
}

#[test]
fn missing_file_is_created_from_the_template() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config").join("keyplan").join(FILE_NAME);
    assert_eq!(load_from(&path), (Settings::default(), None));
    assert_eq!(fs::read_to_string(&path).unwrap(), template());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(path.parent().unwrap()), 0o700);
    }
    // The second time it is read, not rewritten.
    fs::write(&path, "within_days = 3\n").unwrap();
    let (settings, warning) = load_from(&path);
    assert_eq!((settings.within_days, warning), (3, None));
}

#[test]
fn a_path_under_a_file_warns_and_uses_defaults() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("not-a-dir");
    fs::write(&blocker, "").unwrap();
    let (settings, warning) = load_from(&blocker.join(FILE_NAME));
    assert_eq!(settings, Settings::default());
    let warning = warning.unwrap();
    assert!(warning.starts_with("Could not ") && warning.ends_with("using the built-in settings."));
}

#[test]
fn an_unreadable_file_warns_and_uses_defaults() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE_NAME);
    fs::create_dir(&path).unwrap();
    let (settings, warning) = load_from(&path);
    assert_eq!(settings, Settings::default());
    assert!(warning.unwrap().starts_with("Could not read "));
}

#[test]
fn a_broken_file_names_its_line_and_the_defaults_are_used() {
    let cases = [
        ("within_days = 30\n\n[cadence.expert\nideal_days = 7\n", 3),
        ("within_days = 30\ncheck_interval_secs =\n", 2),
        ("# comment\nwithin_days = 30\nwithin_days = 31\n", 3),
        ("within_days = \"ten\n", 1),
        ("\n\n\n\n\n\nthis is not toml\n", 7),
    ];
    for (text, line) in cases {
        let (settings, warnings) = parsed(text);
        assert_eq!(settings, Settings::default(), "{text:?}");
        assert_eq!(warnings.len(), 1, "{text:?}");
        let prefix = format!("settings.toml line {line}: ");
        assert!(warnings[0].starts_with(&prefix), "{text:?}: {}", warnings[0]);
        assert!(warnings[0].ends_with("the built-in settings are used."), "{}", warnings[0]);
    }
}

#[test]
fn the_warning_uses_the_file_name_it_was_given() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mine.toml");
    fs::write(&path, "within_days = [\n").unwrap();
    let (settings, warning) = load_from(&path);
    assert_eq!(settings, Settings::default());
    assert!(warning.unwrap().starts_with("mine.toml line "));
}

#[test]
fn a_partial_file_overrides_only_what_it_names() {
    let text = "within_days = 30\n\n[cadence.expert]\nideal_days = 7\n\n[cadence.prospect]\nideal_days = 10\nmax_days = 0x14\n";
    let (settings, warnings) = parsed(text);
    assert_eq!(warnings, Vec::<String>::new());
    let mut expected = Settings { within_days: 30, ..Settings::default() };
    expected.cadence.expert = Cadence::new(7, 30);
    expected.cadence.prospect = Cadence::new(10, 20);
    assert_eq!(settings, expected);
    let (settings, _) = parsed("scroll_regions = false\n");
    assert_eq!(settings, Settings { scroll_regions: false, ..Settings::default() });
    let (settings, _) = parsed("mouse = false\n");
    assert_eq!(settings, Settings { mouse: false, ..Settings::default() });
    let (settings, _) = parsed("cadence = { breadwinner = { max_days = 28 } }\ncheck_interval_secs = 5\n");
    assert_eq!(settings.cadence.breadwinner, Cadence::new(14, 28));
    assert_eq!(settings.check_interval(), Duration::from_secs(5));
    assert_eq!(settings.check_settings().cadence, settings.cadence);
}

#[test]
fn bad_values_are_warned_with_their_line_and_keep_the_default() {
    // (text, expected settings change, expected warnings)
    type Case = (&'static str, fn(&mut Settings), &'static [&'static str]);
    let cases: [Case; 10] = [
        (
            "scroll_regions = \"no\"\nwithin_days = 3\n",
            |s| s.within_days = 3,
            &["settings.toml line 1: scroll_regions must be true or false, not a string; the default is used."],
        ),
        (
            "[cadence.expert]\nideal_days = 21\nmax_days = 10\n",
            |_| {},
            &[
                "settings.toml line 3: cadence.expert 21/10: max_days must not be less than ideal_days; the default 21/30 is used.",
            ],
        ),
        (
            "[cadence.breadwinner]\nideal_days = 40\n",
            |_| {},
            &[
                "settings.toml line 2: cadence.breadwinner 40/21: max_days must not be less than ideal_days; the default 14/21 is used.",
            ],
        ),
        (
            "[cadence.breadwinner]\nideal_days = 0\nmax_days = 30\n",
            |s| s.cadence.breadwinner = Cadence::new(14, 30),
            &[
                "settings.toml line 2: cadence.breadwinner.ideal_days must be a whole number from 1 to 3650, not 0; the default is used.",
            ],
        ),
        (
            "check_interval_secs = 0\nwithin_days = 7\n",
            |s| s.within_days = 7,
            &[
                "settings.toml line 1: check_interval_secs must be a whole number from 1 to 86400, not 0; the default is used.",
            ],
        ),
        (
            "check_interval_secs = -5\n",
            |_| {},
            &[
                "settings.toml line 1: check_interval_secs must be a whole number from 1 to 86400, not -5; the default is used.",
            ],
        ),
        (
            "\nwithin_days = \"two weeks\"\n",
            |_| {},
            &[
                "settings.toml line 2: within_days must be a whole number from 0 to 366, not a string; the default is used.",
            ],
        ),
        (
            "within_days = 1.5\n[cadence.expert]\nmax_days = 99999999999999999999\n",
            |_| {},
            &[
                "settings.toml line 1: within_days must be a whole number from 0 to 366, not a float; the default is used.",
                "settings.toml line 3: cadence.expert.max_days must be a whole number from 1 to 3650, not 99999999999999999999; the default is used.",
            ],
        ),
        (
            "within_days = 0\ncolour = \"red\"\n[cadence.giant]\nideal_days = 1\n[cadence.expert]\nideal_days = 7\nmin_days = 1\n",
            |s| {
                s.within_days = 0;
                s.cadence.expert = Cadence::new(7, 30);
            },
            &[
                "settings.toml line 2: unknown setting `colour` is ignored.",
                "settings.toml line 3: unknown key-client type `cadence.giant` is ignored (the types are breadwinner, prospect, image_maker, expert).",
                "settings.toml line 7: unknown setting `cadence.expert.min_days` is ignored.",
            ],
        ),
        (
            "cadence = 14\n[cadence_x]\n",
            |_| {},
            &[
                "settings.toml line 1: cadence must be a table such as [cadence.breadwinner]; the defaults are used.",
                "settings.toml line 2: unknown setting `cadence_x` is ignored.",
            ],
        ),
    ];
    for (text, change, expected) in cases {
        let mut settings = Settings::default();
        change(&mut settings);
        assert_eq!(parsed(text), (settings, expected.iter().map(|s| s.to_string()).collect()), "{text:?}");
    }
}

#[test]
fn several_warnings_become_one_message() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE_NAME);
    fs::write(&path, "within_days = -1\nfoo = 1\n").unwrap();
    let (_, warning) = load_from(&path);
    let warning = warning.unwrap();
    assert!(warning.starts_with("settings.toml line 1: within_days"), "{warning}");
    assert!(warning.ends_with("settings.toml line 2: unknown setting `foo` is ignored."), "{warning}");
}

#[test]
fn routine_backups_can_be_turned_off_or_kept_longer() {
    let (settings, warnings) = parsed("[backups]\nroutine = false\ndaily = 14\nweekly = 0\n");
    assert!(warnings.is_empty(), "{warnings:?}");
    assert!(!settings.backups.routine);
    assert_eq!((settings.backups.keep.daily, settings.backups.keep.weekly), (14, 0));

    let (settings, warnings) = parsed("[backups]\ndaily = 0\nweekly = \"four\"\nhourly = 3\n");
    assert_eq!(settings.backups, BackupSettings::default());
    assert_eq!(
        warnings,
        [
            "settings.toml line 2: backups.daily must be a whole number from 1 to 366, not 0; the default is used.",
            "settings.toml line 3: backups.weekly must be a whole number from 0 to 520, not a string; the default is used.",
            "settings.toml line 4: unknown setting `backups.hourly` is ignored.",
        ]
    );
}

#[test]
fn the_template_in_every_language_parses_back_to_the_defaults() {
    for language in crate::l10n::Language::ALL {
        let _speaking = crate::l10n::scoped(language);
        assert_eq!(parsed(&template()), (Settings::default(), vec![]), "{language:?}");
        assert!(template().contains("[cadence.expert]\nideal_days = 21\nmax_days = 30\n"), "{language:?}");
    }
}

#[test]
fn the_analysis_table_reads_percentages_as_fractions_and_the_criterion_per_type() {
    let text = "[analysis]\npareto_cutoff = 75\nabc_a = 70.5\nabc_b = 90\nxyz_x = 15\nxyz_y = 30\nxyz_min_months = 3\n\
                minimum_order = 1500\nlost_after_days = 120\nlapsing_warn_days = 30\n\
                [analysis.lost_after_days_by_type]\nexpert = 365\n";
    let (settings, warnings) = parsed(text);
    assert!(warnings.is_empty(), "{warnings:?}");
    let a = settings.analysis;
    assert_eq!((a.pareto_cutoff, a.abc_a, a.abc_b, a.xyz_x, a.xyz_y), (0.75, 0.705, 0.9, 0.15, 0.3));
    assert_eq!((a.xyz_min_months, a.minimum_order), (3, 150_000));
    let rule = a.lapsing;
    assert_eq!(
        (rule.breadwinner, rule.prospect, rule.image_maker, rule.expert, rule.warn_days_before),
        (120, 120, 120, 365, 30)
    );
    assert_eq!(settings.check_settings().lapsing, rule);
    // The per-type criterion wins wherever it is written.
    let (settings, _) =
        parsed("[analysis.lost_after_days_by_type]\nprospect = 90\n[analysis]\nlost_after_days = 200\n");
    assert_eq!((settings.analysis.lapsing.prospect, settings.analysis.lapsing.expert), (90, 200));
}

#[test]
fn bad_analysis_values_are_warned_with_their_line_and_keep_the_default() {
    let text = "[analysis]\npareto_cutoff = 0\nabc_a = 96\nabc_b = 90\nxyz_x = \"ten\"\nlost_after_days = -1\nfoo = 1\n\
                [analysis.lost_after_days_by_type]\ngiant = 3\nexpert = 5000\n";
    let (settings, warnings) = parsed(text);
    assert_eq!(settings, Settings::default());
    assert_eq!(
        warnings,
        [
            "settings.toml line 2: analysis.pareto_cutoff must be a percentage from 1 to 100, not 0; the default is used.",
            "settings.toml line 4: analysis.abc_b (90) must not be less than analysis.abc_a (96); the defaults of both are used.",
            "settings.toml line 5: analysis.xyz_x must be a percentage from 0 to 1000, not a string; the default is used.",
            "settings.toml line 6: analysis.lost_after_days must be a whole number from 0 to 3650, not -1; the default is used.",
            "settings.toml line 7: unknown setting `analysis.foo` is ignored.",
            "settings.toml line 9: unknown key-client type `analysis.lost_after_days_by_type.giant` is ignored (the types are breadwinner, prospect, image_maker, expert).",
            "settings.toml line 10: analysis.lost_after_days_by_type.expert must be a whole number from 0 to 3650, not 5000; the default is used.",
        ]
    );
    let (settings, warnings) = parsed("analysis = 5\n");
    assert_eq!((settings, warnings.len()), (Settings::default(), 1));
    assert!(warnings[0].starts_with("settings.toml line 1: analysis must be a table"), "{}", warnings[0]);
}

#[test]
fn the_template_explains_the_analysis_in_every_language() {
    for language in crate::l10n::Language::ALL {
        let _speaking = crate::l10n::scoped(language);
        let template = template();
        assert!(template.contains("[analysis]\n"), "{language:?}");
        assert!(
            template.contains("pareto_cutoff = 80\n") && template.contains("lost_after_days = 180\n"),
            "{language:?}"
        );
    }
}
