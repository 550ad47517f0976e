//! The text scan: a pasted job advert or message, checked for the usual warning signs.
//! The text lives only in the result page's memory (wiped when dropped): Back, "Check
//! another text", leaving for a next step, lock and quick exit all forget it.

use std::cell::RefCell;

use waymark_core::ErrorKind;
use waymark_core::screening::Screening;
use zeroize::Zeroizing;

use super::check::{help_entries, help_step, learn_links, serious};
use super::check_country::{self, Chosen, CountryForHelp};
use super::{
    ActionStyle, Block, Cx, InputKind, Nav, Page, PageId, Screen, ScreenId, Step, View, key,
    speakable, speakable_but,
};
use crate::{ScreenHelpView, TextFlagView, TextScanView, WaymarkError};

pub(crate) fn start(cx: &Cx) -> Result<Step, WaymarkError> {
    let _ = cx;
    Ok(Step::push(Scan))
}

/// The field to paste into. It keeps nothing: the text goes to the result page.
struct Scan;

impl PageId for Scan {
    const ID: ScreenId = ScreenId::TextScan;
}

impl Page for Scan {
    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        Ok(View::new_t(cx, "shell-scan-title")
            .note_t(cx, "shell-scan-privacy")
            .input(
                InputKind::LongText,
                cx.t("shell-scan-label"),
                cx.t("shell-scan-button"),
            ))
    }

    /// Checked as given: an empty text or one too long is said here and nothing moves.
    fn submit(&mut self, cx: &Cx, text: &str) -> Result<Step, WaymarkError> {
        if text.trim().is_empty() {
            return Err(cx.err(ErrorKind::InvalidInput, "screening-text-empty"));
        }
        let result = ScanResult {
            text: Zeroizing::new(text.to_owned()),
            cache: RefCell::new(None),
            country: Chosen::default(),
        };
        // The language's region (`KE` from `sw-KE`) is the first guess of where the person
        // is; they can change it on the result, as on a check's report.
        if let Some(region) = cx.waymark.region()
            && cx.waymark.screen_help(&region, false).is_ok()
        {
            check_country::set(&result.country, Some(region));
        }
        result.scan(cx)?;
        Ok(Step::push(result))
    }
}

/// The result, in the current language: scanned again only when the language changed (a
/// long text takes a while to scan, and every event renders the page).
struct ScanResult {
    text: Zeroizing<String>,
    /// The language chain the view was made in, and the view.
    cache: RefCell<Option<(Vec<String>, TextScanView)>>,
    /// Where the person is, for help contacts: their language's region until they choose.
    country: Chosen,
}

impl ScanResult {
    fn scan(&self, cx: &Cx) -> Result<TextScanView, WaymarkError> {
        let chain = cx.waymark.current_locale()?.chain;
        if let Some((made_in, view)) = &*self.cache.borrow()
            && *made_in == chain
        {
            return Ok(view.clone());
        }
        let view = cx.waymark.screen_text(self.text.to_string())?;
        *self.cache.borrow_mut() = Some((chain, view.clone()));
        Ok(view)
    }

    /// After a serious result: help in the country the person is in (chosen, else their
    /// language's region), if there is one.
    fn region_help(&self, cx: &Cx, view: &TextScanView) -> Vec<ScreenHelpView> {
        if !serious(&view.risk) {
            return Vec::new();
        }
        check_country::get(&self.country)
            .and_then(|c| cx.waymark.screen_help(&c, false).ok())
            .unwrap_or_default()
    }
}

impl PageId for ScanResult {
    const ID: ScreenId = ScreenId::TextScanResult;
}

impl Page for ScanResult {
    /// Never the quoted passages of the person's text.
    fn read_aloud(&self, cx: &Cx, screen: &Screen) -> String {
        without_quotes(cx, screen)
    }

    fn render(&self, cx: &Cx) -> Result<View, WaymarkError> {
        let scan = self.scan(cx)?;
        let mut view = View::new_t(cx, "screening-report-title");
        view = if serious(&scan.risk) {
            view.block(Block::Warning {
                text: scan.headline.clone(),
            })
        } else {
            view.text(scan.headline.clone())
        };
        view = view.note_t(cx, "screening-not-a-finding");
        // A text the scan reads as a notice or a relative's message shows its sign words
        // as worth a second look, never as "no known warning phrases".
        let shown = if !scan.flags.is_empty() {
            view = view.heading_t(cx, "screening-text-flags-title");
            &scan.flags
        } else if !scan.set_aside.is_empty() {
            view = view.text_t(cx, "screening-text-set-aside");
            &scan.set_aside
        } else {
            view = view.text_t(cx, "screening-text-no-flags");
            &scan.flags
        };
        for (f, excerpts) in by_sign(shown) {
            view = view.heading(f.title.clone());
            for excerpt in excerpts {
                view = view.text(cx.t_text("screening-text-quote", "excerpt", excerpt));
            }
            view = view.text(f.explanation.clone()).text(cx.t_text(
                "screening-next-step",
                "step",
                &f.next_step,
            ));
        }
        if !scan.next_steps.is_empty() {
            view = view.heading_t(cx, "screening-text-next-title");
            for step in &scan.next_steps {
                view = view.action(
                    key("next.", &step.id),
                    step.label.clone(),
                    ActionStyle::Primary,
                );
            }
            // After a serious result, the country first: the contacts below are its, and it
            // may not be where the person is (a Kenyan in Riyadh reads Swahili from Kenya).
            if serious(&scan.risk) {
                let help = self.region_help(cx, &scan);
                view = view.heading_t(cx, "screening-help-title");
                view = view.go_t(cx, "country", "screening-country-ask");
                if let Some(last) = view.actions.last_mut() {
                    last.detail = Some(check_country::label(cx, &self.country));
                }
                view = help_entries(view, &help);
            }
        }
        view = learn_links(cx, view, &modules(cx, &scan));
        Ok(view.go_t(cx, "again", "screening-scan-again"))
    }

    fn act(&mut self, cx: &Cx, action: &str) -> Result<Step, WaymarkError> {
        if let Some(i) = action.strip_prefix("help.") {
            let scan = self.scan(cx)?;
            let help = self.region_help(cx, &scan);
            return Ok(help_step(cx, &help, i).unwrap_or_else(Step::stay));
        }
        if action == "country" {
            return Ok(Step::push(CountryForHelp {
                chosen: self.country.clone(),
            }));
        }
        // Another flow takes this page's place: the text is forgotten, and Back from there
        // comes to an empty field.
        let next = match action {
            "again" => return Ok(Step::pop()),
            // With a country, straight to its results.
            "next.help_directory" => match check_country::get(&self.country) {
                Some(country) => super::help::results_for(cx, &country, false)?,
                None => super::help::start(cx)?,
            },
            "next.job_offer_questionnaire" => super::check::start(cx, "job_offer")?,
            a if a.starts_with("learn.") => super::learn::open_module(cx, &a["learn.".len()..])?,
            _ => return Ok(Step::stay()),
        };
        Ok(instead(next))
    }
}

/// A step that opens a page on top, turned into one that replaces this page.
fn instead(mut step: Step) -> Step {
    step.nav = match std::mem::replace(&mut step.nav, Nav::Stay) {
        Nav::Push(page) => Nav::Replace(page),
        nav => nav,
    };
    step
}

/// At most this many different spans quoted for one sign.
const QUOTES: usize = 3;

/// Each sign once, in the order found, with the different spans that show it (a long text
/// repeating a phrase would otherwise list the same sign hundreds of times).
fn by_sign(flags: &[TextFlagView]) -> Vec<(&TextFlagView, Vec<&str>)> {
    let mut signs: Vec<(&TextFlagView, Vec<&str>)> = Vec::new();
    for f in flags {
        match signs.iter_mut().find(|(s, _)| s.id == f.id) {
            Some((_, quotes)) => {
                if quotes.len() < QUOTES && !quotes.contains(&f.excerpt.as_str()) {
                    quotes.push(&f.excerpt);
                }
            }
            None => signs.push((f, vec![&f.excerpt])),
        }
    }
    signs
}

/// What "Read aloud" may speak of a result: everything but the quoted spans (the person's
/// own text: nobody nearby should hear it). To become `ScanResult`'s `Page::read_aloud`
/// once that hook (settings branch) is merged.
pub(crate) fn without_quotes(cx: &Cx, screen: &Screen) -> String {
    let marker = "\u{1}";
    let quote = cx.t_text("screening-text-quote", "excerpt", marker);
    let Some((before, after)) = quote.split_once(marker) else {
        return speakable(screen);
    };
    let quoted = |b: &Block| matches!(b, Block::Text { text } if text.starts_with(before) && text.ends_with(after));
    speakable_but(screen, &screen.title, &|b| !quoted(b), &|_| true)
}

/// The learning modules of the signs found, in order.
fn modules(cx: &Cx, scan: &TextScanView) -> Vec<String> {
    let Ok(screening) = Screening::of(cx.waymark.content()) else {
        return Vec::new();
    };
    scan.flags
        .iter()
        .filter_map(|f| Some(screening.signal(&f.id)?.module.clone()))
        .collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

    use super::super::tests::Driver;
    use super::super::{Block, Effect, Event, InputKind, ScreenId};

    const HIGH: &str = "Customer service job in Thailand! No experience needed. Pay a processing \
                        fee of $300 and send your passport to our agent.";

    fn at_scan() -> Driver {
        let mut d = Driver::new();
        let ids = d.ids();
        let job = ids.iter().position(|a| a == "check_job_offer").unwrap();
        assert_eq!(ids[job + 1], "check_text", "next to the job-offer check");
        d.choose("check_text");
        assert_eq!(d.screen.id, ScreenId::TextScan);
        d
    }

    /// The text in the field of the scan screen as it renders now.
    fn field(d: &Driver) -> String {
        d.screen.input.as_ref().unwrap().value.clone()
    }

    #[test]
    fn the_screen_is_secure_starts_empty_and_says_the_text_is_not_kept() {
        let d = at_scan();
        assert!(d.screen.secure);
        assert_eq!(d.screen.title, "Check a job advert");
        let input = d.screen.input.as_ref().unwrap();
        assert_eq!(input.kind, InputKind::LongText);
        assert_eq!(input.value, "");
        assert_eq!(input.submit, "Check the text");
        assert!(d.text().contains(
            "The text stays on this phone and is never saved. It is gone when you leave this screen."
        ));
    }

    #[test]
    fn a_high_result_shows_each_sign_quoted_and_offers_next_steps() {
        let mut d = at_scan();
        d.submit(HIGH);
        assert_eq!(d.screen.id, ScreenId::TextScanResult);
        let raw = d.waymark.screen_text(HIGH.into()).unwrap();
        assert_eq!(raw.risk, "high");
        assert_eq!(d.screen.blocks[0], Block::Warning { text: raw.headline });
        let text = d.text();
        assert_eq!(raw.flags.len(), 4);
        for f in &raw.flags {
            assert!(text.contains(&f.title), "{text}");
            assert!(
                text.contains(&format!("In the text: “{}”", f.excerpt)),
                "{text}"
            );
            assert!(text.contains(&f.explanation), "{text}");
            assert!(text.contains(&f.next_step), "{text}");
        }
        assert!(text.contains("What you can do next"), "{text}");
        // The reported bug: after `high` the screen offers what to do next.
        assert!(d.has("next.help_directory"));
        assert!(d.has("next.job_offer_questionnaire"));
        assert!(
            d.ids().iter().any(|a| a.starts_with("learn.")),
            "{:?}",
            d.ids()
        );
        assert!(d.has("again"));
        // No help for a region: English without a country says none.
        assert!(!d.ids().iter().any(|a| a.starts_with("help.")));
    }

    /// An HR e-mail about a staff loan: the rules flag its loan and deduction, the gate
    /// reads it as fair.
    const HR_LOAN: &str = "Dear colleagues,\nThe payslips for April are attached.\nThe deduction \
                           for the staff loan you asked for is on line 4.\nQuestions? Reply to \
                           this e-mail or ask Maria in payroll.\nKind regards,\nHR";

    #[test]
    fn a_text_read_as_fair_shows_its_words_to_look_at_again_never_no_warning_phrases() {
        let mut d = at_scan();
        d.submit(HR_LOAN);
        let raw = d.waymark.screen_text(HR_LOAN.into()).unwrap();
        assert_eq!(raw.risk, "low");
        assert!(raw.flags.is_empty(), "{:?}", raw.flags);
        assert!(!raw.set_aside.is_empty());
        let text = d.text();
        assert!(text.contains("rather than an offer of work"), "{text}");
        assert!(text.contains("look again at these words"), "{text}");
        assert!(!text.contains("No known warning phrases"), "{text}");
        assert!(
            !text.contains("did not find the usual warning signs"),
            "{text}"
        );
        for f in &raw.set_aside {
            assert!(text.contains(&f.title), "{text}");
            assert!(
                text.contains(&format!("In the text: “{}”", f.excerpt)),
                "{text}"
            );
        }
        // Low: no help or country question pushed at the person, but the job-offer
        // questions in case it is one.
        assert!(!d.has("next.help_directory"));
        assert!(!d.has("country"));
        assert!(!text.contains("Where to get help"), "{text}");
        assert!(d.has("next.job_offer_questionnaire"));
    }

    #[test]
    fn with_a_region_the_high_result_suggests_its_services_through_the_warning() {
        let mut d = Driver::new();
        d.waymark.set_locales(vec!["en-KE".into()]).unwrap();
        d.choose("check_text");
        d.submit(HIGH);
        let help: Vec<String> = d
            .ids()
            .into_iter()
            .filter(|a| a.starts_with("help."))
            .collect();
        assert!(!help.is_empty(), "{:?}", d.ids());
        assert!(d.text().contains("Where to get help"));
        d.choose(&help[0]);
        assert_eq!(d.screen.id, ScreenId::Handoff);
        d.choose("continue");
        assert_eq!(d.screen.id, ScreenId::TextScanResult);
        assert!(d.effects.iter().any(|e| matches!(
            e,
            Effect::Dial { .. } | Effect::SendText { .. } | Effect::OpenLink { .. }
        )));
    }

    #[test]
    fn the_help_country_starts_at_the_languages_region_and_can_be_changed() {
        // A Kenyan who reads Swahili from Kenya but is in Saudi Arabia.
        let mut d = Driver::new();
        d.waymark.set_locales(vec!["en-KE".into()]).unwrap();
        d.choose("check_text");
        d.submit(HIGH);
        assert_eq!(d.detail("country").as_deref(), Some("Kenya"));
        let kenya = d.text();
        d.choose("country");
        assert_eq!(d.screen.id, ScreenId::CheckCountry);
        d.choose("country.SA");
        assert_eq!(d.screen.id, ScreenId::TextScanResult);
        assert_eq!(d.detail("country").as_deref(), Some("Saudi Arabia"));
        assert!(
            d.ids().iter().any(|a| a.starts_with("help.")),
            "{:?}",
            d.ids()
        );
        assert_ne!(d.text(), kenya, "the contacts are Saudi Arabia's now");
        // Find help opens that country's results, not the country question again.
        d.choose("next.help_directory");
        assert_ne!(d.screen.id, ScreenId::TextScanResult);
        assert!(d.text().contains("Saudi Arabia"), "{}", d.text());
    }

    #[test]
    fn without_a_region_the_high_result_asks_the_country_before_any_contact() {
        let mut d = at_scan();
        d.submit(HIGH);
        assert!(d.has("country"));
        assert!(!d.ids().iter().any(|a| a.starts_with("help.")));
        d.choose("country");
        d.choose("country.KE");
        assert!(
            d.ids().iter().any(|a| a.starts_with("help.")),
            "{:?}",
            d.ids()
        );
    }

    #[test]
    fn a_next_step_opens_the_job_offer_check_and_the_text_is_gone_after() {
        let mut d = at_scan();
        d.submit(HIGH);
        d.choose("next.job_offer_questionnaire");
        assert_eq!(d.screen.id, ScreenId::CheckQuestion);
        assert_eq!(d.screen.title, "Check a job offer");
        d.back();
        assert_eq!(d.screen.id, ScreenId::TextScan);
        assert_eq!(field(&d), "");
        assert!(!format!("{:?}", d.screen).contains("Thailand"));
    }

    #[test]
    fn find_help_is_one_choice_away_after_a_high_result() {
        let mut d = at_scan();
        d.submit(HIGH);
        d.choose("next.help_directory");
        assert_ne!(d.screen.id, ScreenId::TextScanResult);
        d.back();
        assert_eq!(d.screen.id, ScreenId::TextScan);
        assert_eq!(field(&d), "");
    }

    #[test]
    fn the_text_is_forgotten_on_back_check_another_and_quick_exit() {
        let mut d = at_scan();
        d.submit(HIGH);
        assert!(d.text().contains("send your passport"));
        // Back: the field is empty and nothing of the text is on the screen.
        d.back();
        assert_eq!(d.screen.id, ScreenId::TextScan);
        assert_eq!(field(&d), "");
        assert!(!format!("{:?}", d.screen).contains("passport"));
        // Leaving the scan and coming back.
        d.submit(HIGH);
        d.back();
        d.back();
        assert_eq!(d.screen.id, ScreenId::Home);
        d.choose("check_text");
        assert_eq!(field(&d), "");
        // "Check another text" clears it.
        d.submit(HIGH);
        d.choose("again");
        assert_eq!(d.screen.id, ScreenId::TextScan);
        assert_eq!(field(&d), "");
        // Quick exit forgets it.
        d.submit(HIGH);
        d.send(Event::QuickExit);
        assert!(d.effects.contains(&Effect::QuickExit));
        assert_eq!(d.app.depth(), 1);
        d.choose("check_text");
        assert_eq!(field(&d), "");
        // Nothing was written.
        assert!(!d.waymark.vault_status().unwrap().exists);
    }

    #[test]
    fn a_sign_repeated_in_a_long_text_is_shown_once_with_its_different_spans() {
        let mut d = at_scan();
        let text = format!(
            "{HIGH} Send your passport. send your passport. {}",
            HIGH.repeat(50)
        );
        d.submit(&text);
        let raw = d.waymark.screen_text(text.clone()).unwrap();
        assert!(raw.flags.len() > 100);
        let all = d.text();
        assert_eq!(
            all.matches("You are asked to hand over your passport")
                .count(),
            1,
            "{all}"
        );
        assert_eq!(
            all.matches("In the text: “send your passport”").count(),
            1,
            "{all}"
        );
        assert!(all.contains("In the text: “Send your passport”"), "{all}");
    }

    #[test]
    fn read_aloud_can_leave_out_the_persons_own_text() {
        let mut d = at_scan();
        d.submit(HIGH);
        let cx = super::Cx {
            waymark: &d.waymark,
        };
        let spoken = super::without_quotes(&cx, &d.screen);
        // And the read-aloud button says the same.
        d.send(Event::ReadAloud);
        assert!(
            d.effects
                .iter()
                .any(|e| matches!(e, Effect::Speak { text, .. } if *text == spoken)),
            "{:?}",
            d.effects
        );
        assert!(d.text().contains("send your passport"));
        assert!(!spoken.contains("send your passport"), "{spoken}");
        assert!(!spoken.contains("Thailand"), "{spoken}");
        assert!(spoken.contains("What the check shows"), "{spoken}");
        assert!(
            spoken.contains("You are asked to hand over your passport"),
            "{spoken}"
        );
    }

    #[test]
    fn the_result_follows_a_change_of_language() {
        let mut d = at_scan();
        d.submit(HIGH);
        assert!(d.text().contains("Warning signs found in the text"));
        d.waymark.set_locales(vec!["fr".into()]).unwrap();
        d.send(Event::Refresh);
        assert_eq!(d.screen.id, ScreenId::TextScanResult);
        assert!(
            d.text().contains("Signes d'alerte trouvés dans le texte"),
            "{}",
            d.text()
        );
    }

    #[test]
    fn a_clean_text_says_no_sign_was_found_without_calling_it_safe() {
        let mut d = at_scan();
        d.submit(
            "Warehouse work in Canada. Written contract before travel. The employer pays all \
             recruitment costs and your flight.",
        );
        let text = d.text();
        assert!(
            text.contains(
                "No known warning phrases were found. That does not prove the offer is safe."
            ),
            "{text}"
        );
        assert!(!d.has("next.help_directory"));
        assert!(
            !d.screen
                .blocks
                .iter()
                .any(|b| matches!(b, Block::Warning { .. }))
        );
        assert!(d.has("again"));
    }

    #[test]
    fn a_result_below_high_offers_the_job_offer_questions_and_no_help() {
        // Words alone miss signs: after caution or low the questions are offered, and help
        // is not pushed.
        for (text, risk) in [
            ("Hurry, apply now.", "caution"),
            ("We are hiring cleaners in Toronto. Apply online.", "low"),
        ] {
            let mut d = at_scan();
            d.submit(text);
            assert_eq!(d.waymark.screen_text(text.into()).unwrap().risk, risk);
            let next: Vec<String> = d
                .ids()
                .into_iter()
                .filter(|a| a.starts_with("next."))
                .collect();
            assert_eq!(next, ["next.job_offer_questionnaire"], "{text}");
            d.choose("next.job_offer_questionnaire");
            assert_eq!(d.screen.id, ScreenId::CheckQuestion, "{text}");
        }
    }

    #[test]
    fn an_empty_text_is_said_at_once_and_nothing_moves() {
        let mut d = at_scan();
        d.submit("  \n\t ");
        assert_eq!(d.screen.id, ScreenId::TextScan);
        assert!(d.notice().is_some_and(|n| n.error));
        assert!(d.text().contains("No text was given"), "{}", d.text());
        // Too long: the facade's limit, said the same way, and the text is not echoed.
        let long = "passport ".repeat(30_000);
        d.submit(&long);
        assert_eq!(d.screen.id, ScreenId::TextScan);
        assert!(
            d.notice()
                .is_some_and(|n| n.error && n.text.contains("too long")),
            "{:?}",
            d.notice()
        );
    }

    #[test]
    fn french_text_with_accents_and_emoji_is_checked_in_french() {
        let mut d = Driver::new();
        d.waymark.set_locales(vec!["fr".into()]).unwrap();
        d.send(Event::Refresh);
        d.choose("check_text");
        let text = "🚨🚨 Départ cette semaine ! Frais de dossier 200 €, envoyez votre passeport 🛂 à l'agent.";
        d.submit(text);
        let all = d.text().replace(['\u{2068}', '\u{2069}'], "");
        for excerpt in ["Départ cette semaine", "envoyez votre passeport"] {
            assert!(
                all.lines()
                    .any(|l| l.starts_with("Dans le texte") && l.contains(excerpt)),
                "{all}"
            );
        }
        assert!(d.has("next.job_offer_questionnaire"));
        assert_eq!(d.screen.locale, "fr");
    }

    #[test]
    fn arabic_text_is_checked_right_to_left() {
        let mut d = Driver::new();
        d.waymark.set_locales(vec!["ar".into()]).unwrap();
        d.send(Event::Refresh);
        d.choose("check_text");
        let text = "مطلوب عاملات منزليات. بدون خبرة! ادفع رسوم المكتب 500 دولار وأرسل جواز سفرك. تأشيرة زيارة.";
        d.submit(text);
        assert_eq!(d.screen.id, ScreenId::TextScanResult);
        assert_eq!(d.screen.direction, crate::TextDirection::Rtl);
        let raw = d.waymark.screen_text(text.into()).unwrap();
        assert_eq!(raw.flags.len(), 4);
        for f in &raw.flags {
            assert!(d.text().contains(&f.excerpt));
        }
    }
}
