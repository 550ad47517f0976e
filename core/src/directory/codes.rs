//! ISO 3166-1 alpha-2: every officially assigned code, so "is this a country?" needs no
//! network and no crate.

const ASSIGNED: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ \
BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ \
DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT \
GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY \
KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX \
MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS \
RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN \
TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

/// Whether `code` (upper case, two letters) is an assigned ISO 3166-1 alpha-2 code.
pub fn is_assigned(code: &str) -> bool {
    code.len() == 2
        && code.bytes().all(|b| b.is_ascii_uppercase())
        && ASSIGNED.split(' ').any(|c| c == code)
}

/// Upper-cases a two-letter code a person typed (`jm` → `JM`); `None` if it is not two
/// ASCII letters.
pub fn normalize(code: &str) -> Option<String> {
    let code = code.trim();
    (code.len() == 2 && code.bytes().all(|b| b.is_ascii_alphabetic()))
        .then(|| code.to_ascii_uppercase())
}

/// ISO 639-1: every two-letter language code in use (`bh` was withdrawn in 2021), so a
/// typed language (`ZZ`, `USA`) can be refused at once.
const LANGUAGES: &str = "aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch \
co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi \
ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky \
la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om \
or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te \
tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu";

/// A language a person typed (`sw`, `SW`, `sw-KE`), as a lower-case ISO 639-1 code with
/// its region (`sw-KE`); `None` unless the language part is an ISO 639-1 code and any
/// region is an assigned country.
pub fn language(typed: &str) -> Option<String> {
    let typed = typed.trim();
    let mut parts = typed.split(['-', '_']);
    let lang = parts.next()?.to_ascii_lowercase();
    let known = lang.len() == 2
        && lang.bytes().all(|b| b.is_ascii_lowercase())
        && LANGUAGES.split(' ').any(|l| l == lang);
    if !known {
        return None;
    }
    match (parts.next(), parts.next()) {
        (None, _) => Some(lang),
        (Some(region), None) => {
            let region = normalize(region).filter(|r| is_assigned(r))?;
            Some(format!("{lang}-{region}"))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_has_the_249_assigned_codes_sorted_and_unique() {
        let codes: Vec<_> = ASSIGNED.split(' ').collect();
        assert_eq!(codes.len(), 249);
        let mut sorted = codes.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted, codes);
    }

    #[test]
    fn assigned_codes_are_recognized() {
        assert!(is_assigned("JM"));
        assert!(is_assigned("ZA"));
        assert!(!is_assigned("XX"));
        assert!(!is_assigned("jm"));
        assert!(!is_assigned("JAM"));
        assert_eq!(normalize(" jm "), Some("JM".into()));
        assert_eq!(normalize("J1"), None);
    }

    #[test]
    fn languages_are_the_183_iso_639_1_codes_and_typed_ones_are_checked() {
        let codes: Vec<_> = LANGUAGES.split(' ').collect();
        assert_eq!(codes.len(), 183);
        let mut sorted = codes.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted, codes);
        assert_eq!(language(" SW ").as_deref(), Some("sw"));
        assert_eq!(language("sw-ke").as_deref(), Some("sw-KE"));
        assert_eq!(language("fr_HT").as_deref(), Some("fr-HT"));
        for bad in ["ZZ", "USA", "!!", "", "us", "sw-ZZ", "sw-KE-x", "eng"] {
            assert_eq!(language(bad), None, "{bad}");
        }
    }
}
