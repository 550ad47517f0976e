#!/usr/bin/env python3
"""Checks the screening corpus (dev.jsonl, holdout.jsonl, round3.jsonl, round4.jsonl, round5.jsonl,
round6.jsonl, round7.jsonl, round8.jsonl, round9.jsonl, round10.jsonl, round11.jsonl, round12.jsonl, round13.jsonl).
Stdlib only.

Usage: python3 tests/screening-corpus/validate.py [--partial]
--partial skips the per-locale and fair-control minimums (for a corpus still being written).
Exits 1 and prints file:line errors if anything is wrong; prints counts otherwise.
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["dev.jsonl", "holdout.jsonl", "round3.jsonl", "round4.jsonl", "round5.jsonl", "round6.jsonl", "round7.jsonl", "round8.jsonl", "round9.jsonl", "round10.jsonl", "round11.jsonl", "round12.jsonl", "round13.jsonl", "round14.jsonl", "round15.jsonl", "round16.jsonl", "round17.jsonl", "round18.jsonl", "round19.jsonl", "round20.jsonl", "round21.jsonl", "round22.jsonl", "round23.jsonl", "round24.jsonl", "round25.jsonl", "round26.jsonl", "round27.jsonl", "round28.jsonl", "round29.jsonl", "round30.jsonl", "round31.jsonl", "round32.jsonl", "round33.jsonl", "round34.jsonl", "round35.jsonl", "round36.jsonl", "round37.jsonl", "round38.jsonl", "round39.jsonl", "round40.jsonl", "round41.jsonl", "round42.jsonl", "round43.jsonl", "round44.jsonl", "round45.jsonl", "round46.jsonl"]
LOCALES = ["en", "fr", "ht", "es", "pt", "sw", "ar"]
KINDS = {"advert", "message"}
RISKS = {"low", "caution", "high"}
FLAGS = [
    "recruitment_fee", "recruitment_debt", "no_written_contract", "contract_substitution_risk",
    "too_good_to_be_true", "unverifiable_recruiter", "pressure_to_decide", "irregular_travel",
    "document_handover", "romance_or_family_recruitment", "online_scam_centre_pattern",
]
HIGH_FLAGS = {"recruitment_fee", "irregular_travel", "document_handover"}
FIELDS = {"id": str, "locale": str, "kind": str, "text": str, "flags": list,
          "min_risk": str, "source": str, "note": str}
MIN_PER_LOCALE = 20
MIN_FAIR = 40


def expected_risk(flags):
    if HIGH_FLAGS & set(flags):
        return "high"
    return "caution" if flags else "low"


def main(argv):
    partial = "--partial" in argv
    errors, seen = [], {}
    per_locale, fair_locale, per_file = Counter(), Counter(), Counter()
    flag_count, flag_locale = Counter(), Counter()
    for name in FILES:
        path = os.path.join(HERE, name)
        if not os.path.exists(path):
            errors.append(f"{name}: missing")
            continue
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                where = f"{name}:{n}"
                if not line.strip():
                    errors.append(f"{where}: empty line")
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as e:
                    errors.append(f"{where}: not JSON ({e})")
                    continue
                if not isinstance(rec, dict):
                    errors.append(f"{where}: not an object")
                    continue
                bad = False
                for key, typ in FIELDS.items():
                    if not isinstance(rec.get(key), typ):
                        errors.append(f"{where}: field {key!r} missing or not {typ.__name__}")
                        bad = True
                extra = set(rec) - set(FIELDS)
                if extra:
                    errors.append(f"{where}: unknown fields {sorted(extra)}")
                if bad:
                    continue
                rid = rec["id"]
                if rid in seen:
                    errors.append(f"{where}: id {rid!r} already used at {seen[rid]}")
                seen[rid] = where
                if rec["locale"] not in LOCALES:
                    errors.append(f"{where}: unknown locale {rec['locale']!r}")
                elif not rid.startswith(rec["locale"] + "-"):
                    errors.append(f"{where}: id {rid!r} does not start with its locale")
                if rec["kind"] not in KINDS:
                    errors.append(f"{where}: unknown kind {rec['kind']!r}")
                if not rec["text"].strip():
                    errors.append(f"{where}: empty text")
                if not rec["note"].strip():
                    errors.append(f"{where}: empty note")
                if not rec["source"].startswith(("https://", "http://")):
                    errors.append(f"{where}: source is not a URL")
                flags = rec["flags"]
                for fl in flags:
                    if fl not in FLAGS:
                        errors.append(f"{where}: unknown flag {fl!r}")
                if len(set(flags)) != len(flags):
                    errors.append(f"{where}: repeated flag")
                if rec["min_risk"] not in RISKS:
                    errors.append(f"{where}: unknown min_risk {rec['min_risk']!r}")
                elif rec["min_risk"] != expected_risk(flags):
                    errors.append(f"{where}: min_risk {rec['min_risk']!r} but flags give "
                                  f"{expected_risk(flags)!r}")
                loc = rec["locale"]
                per_locale[loc] += 1
                per_file[name] += 1
                if not flags:
                    fair_locale[loc] += 1
                for fl in flags:
                    flag_count[fl] += 1
                    flag_locale[(fl, loc)] += 1
    if not partial:
        for loc in LOCALES:
            if per_locale[loc] < MIN_PER_LOCALE:
                errors.append(f"locale {loc}: {per_locale[loc]} texts, need {MIN_PER_LOCALE}")
        if sum(fair_locale.values()) < MIN_FAIR:
            errors.append(f"fair controls: {sum(fair_locale.values())}, need {MIN_FAIR}")
    if errors:
        for e in errors:
            print(e)
        return 1
    total = sum(per_locale.values())
    print(f"ok: {total} texts ({', '.join(f'{k} {v}' for k, v in per_file.items())}), "
          f"{sum(fair_locale.values())} fair controls")
    print("locale  total  fair")
    for loc in LOCALES:
        if per_locale[loc]:
            print(f"{loc:6} {per_locale[loc]:6} {fair_locale[loc]:5}")
    print("flag                            total  " + " ".join(f"{l:>3}" for l in LOCALES))
    for fl in FLAGS:
        print(f"{fl:31} {flag_count[fl]:6}  " +
              " ".join(f"{flag_locale[(fl, l)]:3}" for l in LOCALES))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except BrokenPipeError:  # output piped into head: not an error of the corpus
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
