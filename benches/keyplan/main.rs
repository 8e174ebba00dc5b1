//! `cargo bench`: keyplan's speed targets, measured on the reference
//! database, printed as the table of BENCHMARKS.md.
//!
//! `cargo bench -- startup` runs only the metrics whose name contains
//! "startup" (or `keystroke`, `bytes`, `show`, `report`, `analysis`,
//! `import`, `search`, `check`, `memory`). `cargo bench -- scale` (with
//! or without groups) measures the second reference size: 50,000 accounts
//! and 5,000,000 touchpoints. KEYPLAN_BENCH_ACCOUNTS /
//! KEYPLAN_BENCH_TOUCHPOINTS change the first size (10,000 / 1,000,000).

mod process;
mod queries;
mod reference;
mod screen;
mod stats;

use stats::Samples;

struct Row {
    metric: String,
    target: String,
    median: String,
    p99: String,
    verdict: &'static str,
}

fn ms(value: f64) -> String {
    format!("{value:.2} ms")
}

fn verdict(ok: bool) -> &'static str {
    if ok { "met" } else { "MISSED" }
}

fn timed(metric: &str, target_ms: f64, samples: &Samples, use_p99: bool) -> Row {
    let measured = if use_p99 { samples.p99() } else { samples.median() };
    Row {
        metric: format!("{metric} (n={})", samples.len()),
        target: format!("{} < {target_ms} ms", if use_p99 { "p99" } else { "median" }),
        median: ms(samples.median()),
        p99: ms(samples.p99()),
        verdict: verdict(measured < target_ms),
    }
}

/// A whole process's times; its target is the ratio to the floor, on the
/// row [`against_floor`] makes.
fn whole(metric: String, samples: &Samples) -> Row {
    Row {
        metric: format!("{metric}, whole process (n={})", samples.len()),
        target: "(see the ratio)".into(),
        median: ms(samples.median()),
        p99: ms(samples.p99()),
        verdict: "",
    }
}

/// A floor's own times: the reference a ratio is taken against.
fn reference(metric: &str, samples: &Samples) -> Row {
    Row {
        metric: metric.into(),
        target: "(reference)".into(),
        median: ms(samples.median()),
        p99: ms(samples.p99()),
        verdict: "",
    }
}

/// The median of `samples` over the floor's, met below `most`.
fn against_floor(metric: String, target: &str, most: f64, samples: &Samples, floor: &Samples) -> Row {
    against(format!("{metric} / sqlite3 floor"), target, most, samples, floor)
}

/// The median of `samples` over `floor`'s, met below `most`.
fn against(metric: String, target: &str, most: f64, samples: &Samples, floor: &Samples) -> Row {
    let ratio = samples.median() / floor.median();
    Row {
        metric,
        target: target.into(),
        median: format!("{ratio:.1}x"),
        p99: String::new(),
        verdict: verdict(ratio < most),
    }
}

fn bytes(metric: &str, target: f64, samples: &Samples) -> Row {
    Row {
        metric: format!("{metric} (n={})", samples.len()),
        target: format!("< {target} B per key"),
        median: format!("{:.0} B", samples.median()),
        p99: format!("{:.0} B (max {:.0})", samples.p99(), samples.max()),
        verdict: verdict(samples.max() < target),
    }
}

/// How a time grew from the reference size to `accounts` (five times as
/// many): linear growth stays below 5.5x.
fn growth(metric: String, accounts: usize, runs: &str, grown: f64) -> Row {
    Row {
        metric: format!("{metric} at {accounts} accounts / at {} ({runs})", reference::ACCOUNTS),
        target: "< 5.5x".into(),
        median: format!("{grown:.1}x"),
        p99: String::new(),
        verdict: verdict(grown < 5.5),
    }
}

fn main() {
    let mut filter: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    // `scale`: the same groups at the second reference size.
    let scaled = filter.iter().any(|f| f == "scale");
    filter.retain(|f| f != "scale");
    let wanted = |name: &str| filter.is_empty() || filter.iter().any(|f| name.contains(f.as_str()));
    let scale = reference::scale(scaled);
    let db = reference::database(scale);
    let mut rows = Vec::new();

    let floor = if ["startup", "show", "report", "check"].iter().any(|g| wanted(g)) {
        process::sqlite_floor(&db, 30)
    } else {
        None
    };
    if let Some(floor) = &floor {
        rows.push(reference("floor: sqlite3 opens the file and runs one query", floor));
    }
    if wanted("startup") {
        let startup = process::startup(&db, 30);
        rows.push(timed("1. start to first frame, 120x40 pty", 50.0, &startup, false));
        if let Some(floor) = &floor {
            let metric = "1. start to first frame".to_string();
            rows.push(against_floor(metric, "< 3x", 3.0, &startup, floor));
        }
    }
    if wanted("keystroke") || wanted("bytes") {
        let keys = screen::keystrokes(&db, 1000);
        rows.push(timed("2. keystroke: move the selection", 8.0, &keys.move_time, true));
        rows.push(timed("2. keystroke: type into the filter", 8.0, &keys.filter_time, true));
        rows.push(timed("2. keystroke: open the dossier with the longest log", 8.0, &keys.open_time, true));
        rows.push(timed(
            "2. keystroke: G / g, to the oldest contact of that log and back",
            8.0,
            &keys.log_ends_time,
            true,
        ));
        rows.push(timed("2. keystroke: PgUp from its oldest contact", 8.0, &keys.log_page_time, true));
        let long = screen::long_line_keystrokes(&db, 200);
        rows.push(timed("2. keystroke: type on a 7,000-character line", 8.0, &long, true));
        rows.push(bytes("3. bytes: move the selection, 120x40", 150.0, &keys.move_bytes));
        rows.push(bytes("3. bytes: scroll one row, 120x40", 3072.0, &keys.scroll_bytes));
        rows.push(Row {
            metric: format!("3. writes: move the selection (n={})", keys.move_writes.len()),
            target: "1 write per frame".into(),
            median: format!("{:.0}", keys.move_writes.median()),
            p99: format!("max {:.0}", keys.move_writes.max()),
            verdict: verdict(keys.move_writes.max() <= 1.0),
        });
        rows.push(Row {
            metric: "3. full-screen clears while typing".into(),
            target: "0 (only on resize)".into(),
            median: keys.clears.to_string(),
            p99: String::new(),
            verdict: verdict(keys.clears == 0),
        });
    }
    if wanted("show") {
        let (show, _) = process::whole(&db, &["show", "1"], 30);
        rows.push(whole("4. keyplan show 1 (the longest log)".into(), &show));
        if let Some(floor) = &floor {
            rows.push(against_floor("4. keyplan show".into(), "< 3x", 3.0, &show, floor));
        }
        // Its whole log as JSON and as Markdown, beside sqlite3 printing the
        // same rows as JSON.
        let log_floor = process::sqlite_log_floor(&db, 1, 10);
        if let Some(log_floor) = &log_floor {
            rows.push(reference("4. floor of its data: sqlite3 -json prints the same touchpoints", log_floor));
        }
        for format in ["json", "md"] {
            let (shown, _) = process::whole(&db, &["show", "1", "--format", format, "--log", "all"], 10);
            rows.push(whole(format!("4. keyplan show 1 --format {format} --log all"), &shown));
            if let Some(log_floor) = &log_floor {
                let metric = format!("4. keyplan show --format {format} / sqlite3 -json");
                rows.push(against(metric, "< 1.5x", 1.5, &shown, log_floor));
            }
        }
        // The same account named as a person types it: its whole name, and
        // the shortest beginning only it has.
        let (name, prefix) = process::name_and_prefix(&db, 1);
        for (what, typed) in [("its exact name", name.as_str()), ("a unique beginning", prefix.as_str())] {
            let (by_name, _) = process::whole(&db, &["show", typed], 30);
            rows.push(whole(format!("4. keyplan show by {what} \"{typed}\""), &by_name));
            if let Some(floor) = &floor {
                rows.push(against_floor(format!("4. keyplan show by {what}"), "< 1.5x", 1.5, &by_name, floor));
            }
        }
    }
    if wanted("report") {
        // The first run moves the analysis window if a month has begun.
        const REPORT: &[&str] = &["report", "abc-xyz", "--format", "json"];
        let _ = process::whole(&db, REPORT, 1);
        let (report, out) = process::whole(&db, REPORT, 20);
        let accounts = out.windows(b"\"rank\"".len()).filter(|w| *w == b"\"rank\"").count();
        rows.push(whole(format!("8. keyplan report abc-xyz --format json ({accounts} accounts)"), &report));
        if let Some(floor) = &floor {
            rows.push(against_floor("8. keyplan report abc-xyz".into(), "< 5x", 5.0, &report, floor));
        }
        if let Some(data) = process::sqlite_report_floor(&db, 20) {
            rows.push(reference("8. floor of its data: sqlite3 reads every account's window totals", &data));
        }
    }
    if wanted("analysis") {
        let analysis = screen::analysis(&db, 30);
        rows.push(timed("9. analysis screen: open it (r), Pareto", 50.0, &analysis.open, true));
        for (tab, samples) in ["ABC-XYZ", "plan vs actual", "lost and win-back", "activity"].iter().zip(&analysis.tabs)
        {
            rows.push(timed(&format!("9. analysis screen: Tab to {tab}"), 50.0, samples, true));
        }
    }
    if wanted("import") {
        let (seconds, size) = process::sales_import(&db, scale.accounts, 1_000_000);
        rows.push(Row {
            metric: format!(
                "10. keyplan sales import of 1,000,000 rows ({:.0} MB CSV), whole process (n=1)",
                size as f64 / 1e6
            ),
            target: "< 30 s".into(),
            median: format!("{seconds:.1} s"),
            p99: String::new(),
            verdict: verdict(seconds < 30.0),
        });
    }
    if wanted("export") {
        let measured = process::export_and_import(&db);
        rows.push(Row {
            metric: format!(
                "11. keyplan export --format json ({} accounts, {:.0} MB), whole process (n=1)",
                scale.accounts, measured.file_mb
            ),
            target: "grows linearly (see the 50k column)".into(),
            median: format!("{:.1} s", measured.export_seconds),
            p99: String::new(),
            verdict: "",
        });
        rows.push(Row {
            metric: "11. keyplan import of that export into a new file, whole process (n=1)".into(),
            target: "peak memory < 150 MB".into(),
            median: format!("{:.1} s, {:.0} MB", measured.import_seconds, measured.import_peak_mb),
            p99: String::new(),
            verdict: verdict(measured.import_peak_mb < 150.0),
        });
        if scaled {
            // Linear growth: the times at this size over those at the reference size.
            let at_reference = process::export_and_import(&reference::database(reference::scale(false)));
            let times = [
                ("export", measured.export_seconds, at_reference.export_seconds),
                ("import", measured.import_seconds, at_reference.import_seconds),
            ];
            for (what, now, then) in times {
                rows.push(growth(format!("11. keyplan {what}"), scale.accounts, "n=1 each", now / then));
            }
        }
    }
    if wanted("search") {
        let rare = queries::rare_word(&db);
        let most = if scaled { 20.0 } else { 10.0 };
        for (what, query) in [
            ("a rare word", rare.as_str()),
            ("a common word", "поставки"),
            ("a prefix", "постав"),
            ("two words", "поставки датчиків"),
        ] {
            let (samples, hits) = queries::search(&db, query, 50);
            rows.push(timed(&format!("5. search {what} \"{query}\" ({hits} shown)"), most, &samples, false));
        }
    }
    if wanted("check") {
        let (samples, alerts) = queries::check(&db, 30);
        rows.push(timed(&format!("6. background check ({alerts} alerts)"), 50.0, &samples, false));
        // The same check from the shell, as a whole process: text and JSON.
        for (what, args, most) in [("text", vec!["check"], 5.0), ("JSON", vec!["check", "--format", "json"], 8.0)] {
            let (samples, out) = process::whole(&db, &args, 20);
            let lines = out.iter().filter(|b| **b == b'\n').count();
            rows.push(whole(format!("6. keyplan {} ({what}, {lines} lines)", args.join(" ")), &samples));
            if scaled {
                // Its target at this size: how it grew from the reference size.
                let reference = reference::database(reference::scale(false));
                let (at_reference, _) = process::whole(&reference, &args, 20);
                let grown = samples.median() / at_reference.median();
                rows.push(growth(format!("6. keyplan check ({what})"), scale.accounts, "n=20 each", grown));
            } else if let Some(floor) = &floor {
                rows.push(against_floor(
                    format!("6. keyplan check ({what})"),
                    &format!("< {most}x"),
                    most,
                    &samples,
                    floor,
                ));
            }
        }
    }
    if wanted("memory") {
        let peak = process::peak_memory(&db);
        let most = if scaled { 30.0 } else { 50.0 };
        rows.push(Row {
            metric: "7. peak resident memory of the workbench".into(),
            target: format!("< {most} MB"),
            median: format!("{peak:.1} MB"),
            p99: String::new(),
            verdict: verdict(peak < most),
        });
    }

    println!();
    println!("keyplan benchmarks: {} accounts, {} touchpoints ({})", scale.accounts, scale.touchpoints, db.display());
    println!();
    println!("| metric | target | median | p99 | |");
    println!("|---|---|---|---|---|");
    for row in rows {
        println!("| {} | {} | {} | {} | {} |", row.metric, row.target, row.median, row.p99, row.verdict);
    }
}
