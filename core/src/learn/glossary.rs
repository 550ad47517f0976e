//! The glossary: the words lessons and quiz explanations use (debt bondage, grooming,
//! warning sign, ...), each with a plain definition. Structure in `learn/glossary.toml`,
//! text in `l10n/<locale>/learn.ftl`.

use serde::{Deserialize, Serialize};

use super::LearnError;
use super::render::text;
use crate::content::Content;

pub const GLOSSARY: &str = "learn/glossary.toml";

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: String,
    /// The word itself.
    pub term_msg: String,
    /// What it means, in plain words.
    pub text_msg: String,
    pub source: String,
    pub last_verified: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct GlossaryFile {
    pub(crate) terms: Vec<Term>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TermText {
    pub id: String,
    pub term: String,
    pub text: String,
}

/// The glossary in a language, in file order.
pub fn glossary_text(
    content: &Content,
    terms: &[Term],
    chain: &[String],
) -> Result<Vec<TermText>, LearnError> {
    terms
        .iter()
        .map(|t| {
            Ok(TermText {
                id: t.id.clone(),
                term: text(content, chain, &t.term_msg)?,
                text: text(content, chain, &t.text_msg)?,
            })
        })
        .collect()
}
