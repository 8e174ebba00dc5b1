//! The HTML report: one self-contained file (inline CSS, inline SVG
//! charts, no scripts, no address to fetch), in the interface language,
//! every text from the database escaped.

use super::Reports;
use super::charts;
use super::document::{Chart, Part, Table};
use crate::l10n::{self, text};

const STYLE: &str = r#"
:root { color-scheme: light; --ink: #222b36; --faint: #e3e7ec; --soft: #f6f8fa; --main: #1f6fb2; --alert: #c0392b; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif; color: var(--ink); background: #fff; }
header { padding: 24px 32px 12px; border-bottom: 3px solid var(--main); }
header h1 { margin: 0 0 4px; font-size: 26px; }
header p { margin: 0; color: #5b6673; }
nav { margin-top: 10px; display: flex; flex-wrap: wrap; gap: 6px 18px; }
nav a { color: var(--main); text-decoration: none; font-weight: 600; }
main { padding: 8px 32px 40px; max-width: 1240px; }
section { margin-top: 28px; }
h2 { font-size: 21px; margin: 0 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--faint); }
h3 { font-size: 17px; margin: 22px 0 6px; }
p { margin: 6px 0 10px; max-width: 70em; }
figure { margin: 10px 0 16px; }
svg { max-width: 100%; height: auto; display: block; }
.scroll { display: inline-block; max-width: 100%; vertical-align: top; overflow-x: auto; max-height: 36em; overflow-y: auto; border: 1px solid var(--faint); border-radius: 4px; margin: 8px 0 14px; }
table { border-collapse: collapse; font-size: 14px; }
th, td { padding: 4px 10px; text-align: left; vertical-align: top; }
th { white-space: nowrap; }
td { max-width: 22em; overflow-wrap: break-word; }
td.name { min-width: 10em; }
.num, .bar, .spark { white-space: nowrap; }
th { position: sticky; top: 0; background: var(--soft); border-bottom: 1px solid #cfd6dd; }
tr:nth-child(even) td { background: #fafbfc; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.cutoff td { background: #fff !important; color: var(--alert); font-weight: 600; border-top: 2px solid var(--alert); padding: 2px 10px; }
.spark { font-family: "DejaVu Sans Mono", monospace; letter-spacing: 1px; color: var(--main); }
.bar { font-family: "DejaVu Sans Mono", monospace; }
footer { padding: 12px 32px 24px; color: #5b6673; font-size: 13px; }
@media print { .scroll { max-height: none; overflow: visible; } nav { display: none; } }
"#;

/// `text` safe anywhere in HTML, as text or in a quoted attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

pub fn page(reports: &Reports) -> String {
    let parts = reports.parts();
    let title = text("report-html-title");
    let mut body = String::new();
    let mut nav = String::new();
    let mut open = false;
    let mut section = 0;
    for part in &parts {
        match part {
            Part::Heading(2, heading) => {
                if open {
                    body.push_str("</section>\n");
                }
                section += 1;
                body.push_str(&format!("<section id=\"s{section}\">\n<h2>{}</h2>\n", escape(heading)));
                nav.push_str(&format!("<a href=\"#s{section}\">{}</a>\n", escape(heading)));
                open = true;
            }
            Part::Heading(_, heading) => body.push_str(&format!("<h3>{}</h3>\n", escape(heading))),
            Part::Paragraph(text) => body.push_str(&format!("<p>{}</p>\n", escape(text))),
            Part::Table(table) => body.push_str(&html_table(table)),
            Part::Chart(chart) => {
                let svg = draw(*chart, reports);
                if !svg.is_empty() {
                    body.push_str(&format!("<figure>{svg}</figure>\n"));
                }
            }
        }
    }
    if open {
        body.push_str("</section>\n");
    }
    let prepared = crate::t!("report-html-prepared", date = l10n::date(reports.today));
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n\
         <header>\n<h1>{title}</h1>\n<p>{prepared}</p>\n<nav>\n{nav}</nav>\n</header>\n\
         <main>\n{body}</main>\n<footer>{footer}</footer>\n</body>\n</html>\n",
        lang = l10n::language().code(),
        title = escape(title),
        prepared = escape(&prepared),
        footer = escape(text("report-html-footer")),
    )
}

fn draw(chart: Chart, reports: &Reports) -> String {
    match chart {
        Chart::Pareto => reports.pareto.as_ref().map(charts::pareto),
        Chart::Matrix => reports.classes.as_ref().map(charts::matrix),
        Chart::Plan => reports.plan.as_ref().map(charts::plan),
        Chart::Losses => reports.lost.as_ref().map(charts::losses),
        Chart::Channels => reports.activity.as_ref().map(charts::channels),
    }
    .unwrap_or_default()
}

fn html_table(table: &Table) -> String {
    use super::document::Fit;
    let mut out = String::from("<div class=\"scroll\"><table>\n<thead><tr>");
    let class = |i: usize| {
        let c = &table.columns[i];
        let mut classes = Vec::new();
        if c.right {
            classes.push("num");
        }
        if c.fit == Fit::Name {
            classes.push("name");
        }
        if classes.is_empty() { String::new() } else { format!(" class=\"{}\"", classes.join(" ")) }
    };
    for (i, c) in table.columns.iter().enumerate() {
        out.push_str(&format!("<th{}>{}</th>", class(i), escape(&c.header)));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for (n, row) in table.rows.iter().enumerate() {
        if let Some((after, label)) = &table.line
            && *after == n
        {
            out.push_str(&format!(
                "<tr class=\"cutoff\"><td colspan=\"{}\">▲ {}</td></tr>\n",
                table.columns.len(),
                escape(label)
            ));
        }
        out.push_str("<tr>");
        for (i, cell) in row.iter().enumerate() {
            let extra = if cell.chars().any(|c| ('▁'..='█').contains(&c)) && !cell.contains('░') {
                " class=\"spark\""
            } else if cell.contains('░') || cell.starts_with('█') {
                " class=\"num bar\""
            } else {
                ""
            };
            let attrs = if extra.is_empty() { class(i) } else { extra.to_string() };
            out.push_str(&format!("<td{attrs}>{}</td>", escape(cell)));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table></div>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            escape("<script>alert('1')</script> & \"x\""),
            "&lt;script&gt;alert(&#39;1&#39;)&lt;/script&gt; &amp; &quot;x&quot;"
        );
    }
}
