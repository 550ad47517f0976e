//! `waymark find-help`: the help-locator, for scripts (`--json`) and people (plain text).
//! Also the interactive "Find help" screen. A query writes nothing.

use clap::Args;
use waymark::{HelpQuery, HelpView, ServiceView, WaymarkError};

use crate::Shell;
use crate::interactive::{Flow, Pick, Prompt};

#[derive(Args)]
pub struct FindHelpArgs {
    /// The country, as an ISO 3166-1 alpha-2 code (JM, KE, ...).
    #[arg(long, value_name = "CC")]
    country: Option<String>,
    /// A region or city inside the country.
    #[arg(long, value_name = "R")]
    region: Option<String>,
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

/// Calm, plain text: emergency numbers first, then each service with its safety facts
/// and when it was last checked, always.
pub fn print_help(shell: &Shell, view: &HelpView) {
    outln!();
    outln!("{}", shell.text("directory-danger-note"));
    outln!();
    outln!("{}", shell.text("directory-emergency-heading"));
    if view.emergency.is_empty() {
        outln!("  {}", shell.text("directory-no-emergency"));
    }
    for e in &view.emergency {
        outln!("  {}: {}", e.label, e.number);
    }
    outln!();
    outln!("{}", shell.text("directory-services-heading"));
    if view.services.is_empty() {
        outln!("  {}", shell.text("directory-no-services"));
    }
    for s in &view.services {
        print_service(shell, s);
    }
    outln!();
    outln!("{}", shell.text("directory-fallbacks-heading"));
    for s in &view.fallbacks {
        print_service(shell, s);
    }
}

fn print_service(shell: &Shell, s: &ServiceView) {
    let answer = |v: &str| shell.text(&format!("directory-answer-{}", v.replace('_', "-")));
    outln!();
    outln!("  {}", s.name);
    outln!("    {}", s.description);
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
    // Police and immigration are always shown, even when not known: a person must know.
    let safety = [
        ("directory-safety-police", &s.safety.reports_to_police, true),
        (
            "directory-safety-immigration",
            &s.safety.reports_to_immigration,
            true,
        ),
        ("directory-safety-id", &s.safety.requires_id, false),
        ("directory-safety-anonymous", &s.safety.anonymous_ok, false),
        (
            "directory-safety-confidential",
            &s.safety.confidential,
            false,
        ),
    ];
    for (id, value, always) in safety {
        if always || value != "unknown" {
            outln!("    {}", shell.text_with(id, "answer", answer(value)));
        }
    }
    outln!(
        "    {}",
        shell.text_with("directory-last-verified", "date", &s.last_verified)
    );
    outln!(
        "    {}",
        shell.text(&format!("directory-status-{}", s.status))
    );
    if !s.why.is_empty() {
        outln!(
            "    {}",
            shell.text_with("directory-matched", "reasons", s.why.join(", "))
        );
    }
}

/// The interactive "Find help" screen: country, danger now, optional filters, results.
pub fn interactive(shell: &Shell, prompt: &mut Prompt) -> Result<Flow, WaymarkError> {
    shell.waymark.set_current_screen(Some("find_help".into()))?;
    let choices = shell.waymark.help_choices()?;
    let mut names: Vec<String> = choices.countries.iter().map(|c| c.label.clone()).collect();
    names.push(prompt.text("directory-other-country"));
    let title = prompt.text("directory-ask-country");
    let Some(i) = prompt.choose(&title, &names) else {
        return Ok(Flow::Quit);
    };
    let country = match choices.countries.get(i) {
        Some(c) => c.id.clone(),
        None => {
            prompt.say("directory-ask-country");
            let Some(code) = prompt.line() else {
                return Ok(Flow::Quit);
            };
            code
        }
    };
    let yes_no = [prompt.text("directory-yes"), prompt.text("directory-no")];
    let Some(danger) = prompt.choose(&prompt.text("directory-ask-danger"), &yes_no) else {
        return Ok(Flow::Quit);
    };
    let mut query = HelpQuery {
        country: Some(country),
        danger_now: danger == 0,
        ..HelpQuery::default()
    };
    if !query.danger_now {
        loop {
            let options = [
                prompt.text("directory-show-results"),
                prompt.text("directory-filter-need"),
                prompt.text("directory-filter-language"),
                prompt.text("directory-filter-audience"),
                prompt.text("directory-filter-no-immigration"),
                prompt.text("directory-filter-anonymous"),
                prompt.text("directory-filter-no-id"),
            ];
            let Some(f) = prompt.choose(&prompt.text("directory-ask-filters"), &options) else {
                return Ok(Flow::Quit);
            };
            match f {
                0 => break,
                1 => {
                    let labels: Vec<String> =
                        choices.kinds.iter().map(|k| k.label.clone()).collect();
                    let k = match prompt.pick(&options[1], &labels) {
                        Pick::One(k) => k,
                        Pick::Nothing => continue,
                        Pick::Leave => return Ok(Flow::Quit),
                    };
                    query.needs.push(choices.kinds[k].id.clone());
                }
                2 => {
                    prompt.say("directory-ask-language");
                    let Some(l) = prompt.line() else {
                        return Ok(Flow::Quit);
                    };
                    query.language = Some(l).filter(|l| !l.is_empty());
                }
                3 => {
                    let labels: Vec<String> =
                        choices.audiences.iter().map(|a| a.label.clone()).collect();
                    let a = match prompt.pick(&options[3], &labels) {
                        Pick::One(a) => a,
                        Pick::Nothing => continue,
                        Pick::Leave => return Ok(Flow::Quit),
                    };
                    query.audience = Some(choices.audiences[a].id.clone());
                }
                4 => query.no_immigration_reporting = true,
                5 => query.anonymous = true,
                _ => query.no_id = true,
            }
        }
    }
    match shell.waymark.find_help(query) {
        Ok(view) => print_help(shell, &view),
        // A typo in a code or language: say so calmly and go back to the menu.
        Err(e) => outln!("{}", e.message()),
    }
    Ok(Flow::Continue)
}
