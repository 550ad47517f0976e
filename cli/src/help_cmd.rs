//! `waymark find-help`: the help-locator, for scripts (`--json`) and people (plain text).
//! A query writes nothing. The interactive screens are the app core's (bindings/src/app/help.rs).

use clap::Args;
use waymark::{HelpQuery, HelpView, ServiceView, WaymarkError};

use crate::Shell;

#[derive(Args)]
pub struct FindHelpArgs {
    /// The country, as an ISO 3166-1 alpha-2 code (JM, KE, ...).
    #[arg(long, value_name = "CC")]
    country: Option<String>,
    /// A region or city inside the country.
    #[arg(long, value_name = "R")]
    region: Option<String>,
    /// The country you come from (ISO code): adds what it offers its citizens where you
    /// are. Without it, your language's region (sw-KE → KE) is used.
    #[arg(long, value_name = "CC")]
    from: Option<String>,
    /// Today's date (YYYY-MM-DD), for "may be out of date"; without it, the system date.
    #[arg(long, value_name = "DATE")]
    today: Option<String>,
    /// A kind of help; repeat for several (trafficking_hotline, legal_aid, ...).
    #[arg(long = "need", value_name = "KIND")]
    needs: Vec<String>,
    /// A language you speak (en, fr, sw, ...).
    #[arg(long, value_name = "L")]
    language: Option<String>,
    /// Who the help is for (anyone, women, men, children, lgbtq, migrants, workers).
    #[arg(long, value_name = "A")]
    audience: Option<String>,
    /// Prefer services that do not report to immigration.
    #[arg(long)]
    no_immigration_reporting: bool,
    /// Prefer services you can contact anonymously.
    #[arg(long)]
    anonymous: bool,
    /// Prefer services that need no ID.
    #[arg(long)]
    no_id: bool,
    /// You are in danger now: emergency help first.
    #[arg(long)]
    danger_now: bool,
    /// Coarse latitude, for this one query only (used when --country is absent).
    #[arg(long, allow_hyphen_values = true, requires = "longitude")]
    latitude: Option<f64>,
    /// Coarse longitude, for this one query only.
    #[arg(long, allow_hyphen_values = true, requires = "latitude")]
    longitude: Option<f64>,
}

pub fn find_help(shell: &Shell, args: FindHelpArgs) -> Result<(), WaymarkError> {
    if args.country.is_none() && args.latitude.is_none() {
        return Err(shell
            .waymark
            .error(&waymark_core::directory::DirectoryError::NoCountry));
    }
    let view = shell.waymark.find_help(HelpQuery {
        country: args.country,
        region: args.region,
        from: args.from,
        today: args.today,
        needs: args.needs,
        language: args.language,
        audience: args.audience,
        no_immigration_reporting: args.no_immigration_reporting,
        anonymous: args.anonymous,
        no_id: args.no_id,
        danger_now: args.danger_now,
        latitude: args.latitude,
        longitude: args.longitude,
    })?;
    if shell.out.json {
        return shell.out.json(&view);
    }
    print_help(shell, &view);
    Ok(())
}

/// Calm, plain text: the country's warnings, emergency numbers, then each service with
/// what it does with a call before its number, its safety facts, its source and when it
/// was last checked, always. Services whose safety answer is not known are a group apart.
pub fn print_help(shell: &Shell, view: &HelpView) {
    outln!();
    outln!("{}", shell.text("directory-danger-note"));
    if !view.notes.is_empty() {
        outln!();
        outln!("{}", shell.text("directory-notes-heading"));
        for n in &view.notes {
            outln!("  {}", n.text);
            outln!("    {}", n.source);
        }
    }
    outln!();
    outln!("{}", shell.text("directory-emergency-heading"));
    if view.emergency.is_empty() {
        outln!("  {}", shell.text("directory-no-emergency"));
    }
    for e in &view.emergency {
        if let Some(w) = &e.warning {
            outln!("  {}", shell.text_with("directory-warning", "text", w));
        }
        outln!("  {}: {}", e.label, e.number);
        print_checked(shell, &e.last_verified, e.out_of_date, "    ");
        if e.status != "verified" {
            outln!("    {}", shell.text("directory-status-unconfirmed"));
        }
    }
    outln!();
    outln!("{}", shell.text("directory-services-heading"));
    if view.services.is_empty() {
        outln!("  {}", shell.text("directory-no-services"));
    }
    for s in &view.services {
        print_service(shell, s);
    }
    if !view.not_confirmed.is_empty() {
        outln!();
        outln!("{}", shell.text("directory-not-confirmed-heading"));
        for s in &view.not_confirmed {
            print_service(shell, s);
        }
    }
    if !view.other_services.is_empty() {
        outln!();
        outln!("{}", shell.text("directory-other-heading"));
        for s in &view.other_services {
            print_service(shell, s);
        }
    }
    if let Some(title) = &view.from_title {
        outln!();
        outln!("{title}");
        if view.from_home.is_empty() {
            let country = view.from_name.clone().unwrap_or_default();
            outln!(
                "  {}",
                shell.text_with("directory-from-none", "country", country)
            );
        }
        for s in &view.from_home {
            print_service(shell, s);
        }
    }
    outln!();
    outln!("{}", shell.text("directory-fallbacks-heading"));
    for s in &view.fallbacks {
        print_service(shell, s);
    }
}

fn print_checked(shell: &Shell, date: &str, out_of_date: bool, indent: &str) {
    outln!(
        "{indent}{}",
        shell.text_with("directory-last-verified", "date", date)
    );
    if out_of_date {
        outln!("{indent}{}", shell.text("directory-out-of-date"));
    }
}

fn print_service(shell: &Shell, s: &ServiceView) {
    let answer = |v: &str| shell.text(&format!("directory-answer-{}", v.replace('_', "-")));
    outln!();
    outln!("  {}", s.name);
    outln!("    {}", s.description);
    // What the line does with a call comes before its number.
    if let Some(w) = &s.warning {
        outln!("    {}", shell.text_with("directory-warning", "text", w));
    }
    for c in &s.channels {
        let kind = shell.text(&format!("directory-channel-{}", c.kind));
        outln!("    {kind}: {}", c.display);
    }
    outln!("    {}", s.hours);
    outln!("    {}", shell.text(&format!("directory-cost-{}", s.cost)));
    if !s.languages.is_empty() {
        let names: Vec<String> = s
            .languages
            .iter()
            .map(|l| match l.as_str() {
                "any" => shell.text("directory-languages-any"),
                code => {
                    let name = shell.text(&format!("language-{code}"));
                    if name.starts_with("language-") {
                        code.to_owned()
                    } else {
                        name
                    }
                }
            })
            .collect();
        outln!("    {}", names.join(", "));
    }
    for (id, value, _) in s.safety.said() {
        outln!("    {}", shell.text_with(id, "answer", answer(value)));
    }
    print_checked(shell, &s.last_verified, s.out_of_date, "    ");
    outln!(
        "    {}",
        shell.text(&format!("directory-status-{}", s.status))
    );
    outln!("    {}: {}", s.confidence_text, s.source);
    if !s.why.is_empty() {
        outln!(
            "    {}",
            shell.text_with("directory-matched", "reasons", s.why.join(", "))
        );
    }
}
