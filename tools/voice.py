#!/usr/bin/env python3
"""One voice per language: applies the wording rules recorded in content/manifest.toml to
the message text of content/l10n/<locale>/*.ftl and terminal/*.ftl (never to ids, comments or placeables).

    python3 tools/voice.py            # rewrite the files of every rule's locale in place
    python3 tools/voice.py fr         # only French (the U+202F spacing and "trafiquant")
    python3 tools/voice.py --check    # list what would change; exit 1 if anything would

It is idempotent, so it can be run again after a merge brings in new text. Each rule has a
test in core/tests/l10n_register.rs that fails on a violation.
"""

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "content" / "l10n"
NNBSP = "\u202f"

# --- French: "trafiquant d'êtres humains", and a narrow no-break space before ? ! : ; and
# inside « ». ---------------------------------------------------------------------------


def fr(text, after_placeable):
    text = re.sub(
        r"\b([Tt]rafiquant)(s?)\b(?!\s+d['’]êtres humains)(?!\s+de migrants)",
        r"\1\2 d'êtres humains",
        text,
    )
    text = re.sub(r"[ \u00a0\u202f]+([?!:;])", NNBSP + r"\1", text)
    text = re.sub(r"(\w)([?!;])", r"\1" + NNBSP + r"\2", text)
    text = re.sub(r"(\w):(?=\s|$)", r"\1" + NNBSP + ":", text)
    text = re.sub(r"«[ \u00a0\u202f]*", "«" + NNBSP, text)
    text = re.sub(r"[ \u00a0\u202f]*»", NNBSP + "»", text)
    if after_placeable and text[:1] in "?!:;":
        text = NNBSP + text
    return text


# --- Portuguese: Brazilian Portuguese (see the manifest). ----------------------------------

PT_WORDS = [
    ("deste ecrã", "desta tela"), ("este ecrã", "esta tela"), ("o ecrã", "a tela"),
    ("no ecrã", "na tela"), ("do ecrã", "da tela"), ("um ecrã", "uma tela"),
    ("da aplicação", "do aplicativo"), ("na aplicação", "no aplicativo"),
    ("pela aplicação", "pelo aplicativo"), ("a aplicação", "o aplicativo"),
    ("uma aplicação", "um aplicativo"), ("esta aplicação", "este aplicativo"),
    ("da morada", "do endereço"), ("na morada", "no endereço"), ("a morada", "o endereço"),
    ("uma morada", "um endereço"), ("Encontrámos", "Encontramos"),
    ("que possa visitar, e verifique-a", "que possa visitar, e verifique-o"),
    ("em falta", "faltando"), ("está a ser revista", "está sendo revisada"),
    ("ecrãs", "telas"), ("ecrã", "tela"),
    ("telemóveis", "celulares"), ("telemóvel", "celular"),
    ("contactar", "contatar"), ("contacte", "contate"), ("contactem", "contatem"),
    ("contactou", "contatou"), ("contactos", "contatos"), ("contacto", "contato"),
    ("ficheiros", "arquivos"), ("ficheiro", "arquivo"),
    ("planear", "planejar"), ("planeie", "planeje"), ("planeado", "planejado"),
    ("Quénia", "Quênia"), ("Nairobi", "Nairóbi"),
    ("desportos", "esportes"), ("desporto", "esporte"),
    ("definições", "configurações"),
    ("partilhar", "compartilhar"), ("partilhe", "compartilhe"),
    ("moradas", "endereços"), ("morada", "endereço"),
    ("equipa", "equipe"), ("equipas", "equipes"),
    ("utilizador", "usuário"), ("utilizadores", "usuários"),
    ("autocarro", "ônibus"), ("autocarros", "ônibus"), ("comboio", "trem"),
    ("raparigas", "garotas"), ("rapariga", "garota"),
    ("registo", "registro"), ("facto", "fato"), ("receção", "recepção"),
    ("aceder", "acessar"), ("económico", "econômico"), ("prémio", "prêmio"),
    ("género", "gênero"), ("académico", "acadêmico"), ("electrónico", "eletrônico"),
    ("tem de", "tem que"), ("têm de", "têm que"), ("temos de", "temos que"),
    ("tinha de", "tinha que"), ("teve de", "teve que"), ("terá de", "terá que"),
    ("ter de", "ter que"), ("tenha de", "tenha que"),
    ("carregue em", "pressione"), ("carregar em", "pressionar"), ("prima", "pressione"),
    ("para saltar", "para pular"), ("sítio web", "site"),
    ("aplicação", "aplicativo"), ("aplicações", "aplicativos"),
]
# "prima" is also "cousin": only the key-press sense, before Enter or a key.
PT_ONLY_BEFORE = {"prima": r"(?=\s+(Enter|a tecla|o botão))"}
# European "estar a fazer" is Brazilian "estar fazendo".
PT_PROGRESSIVE = re.compile(
    r"\b(est(?:á|ão|ar|ava|avam|ive|iver|eja|ou)|fica(?:r|m)?|anda(?:r)?) a "
    r"([a-zà-ú]+?)(ar|er|ir)\b"
)


def _case(word, like):
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def pt(text, _after):
    for old, new in PT_WORDS:
        tail = PT_ONLY_BEFORE.get(old, "")
        for first in {old[:1].lower(), old[:1].upper()}:
            pat = r"\b" + re.escape(first + old[1:]) + r"\b" + tail
            text = re.sub(pat, lambda m, n=new: _case(n, m.group(0)), text)
    text = PT_PROGRESSIVE.sub(lambda m: f"{m.group(1)} {m.group(2)}{m.group(3)[0]}ndo", text)
    # "estou viajando ou a trabalhar": the second verb of the pair follows the first.
    text = re.sub(
        r"(\w+ndo\b[^.?!,;]{0,40}?\b(?:e|ou)) a ([a-zà-ú]{2,}?)(ar|er|ir)\b",
        lambda m: f"{m.group(1)} {m.group(2)}{m.group(3)[0]}ndo",
        text,
    )
    text = text.replace("ficar a dever", "ficar devendo")
    return text


# --- Swahili: one term for trafficking, and smuggling kept apart from it. ----------------

SW_PHRASES = [
    ("usafirishaji haramu wa binadamu na wahamiaji",
     "biashara haramu ya binadamu na usafirishaji haramu wa wahamiaji"),
    ("usafirishaji haramu wa binadamu", "biashara haramu ya binadamu"),
    ("Magendo ya kuvusha watu", "Usafirishaji haramu wa wahamiaji"),
    ("magendo ya kuvusha watu", "usafirishaji haramu wa wahamiaji"),
    ("Lakini magendo yanaweza", "Lakini usafirishaji haramu wa wahamiaji unaweza"),
    ("kwa malipo. Yanaweza kugeuka", "kwa malipo. Unaweza kugeuka"),
    ("haya yalikuwa usafirishaji haramu wa wahamiaji. Sasa yanaonekana",
     "huu ulikuwa usafirishaji haramu wa wahamiaji. Sasa inaonekana"),
    ("haya yalikuwa magendo", "huu ulikuwa usafirishaji haramu wa wahamiaji"),
    ("magendo yaligeuka", "usafirishaji haramu wa wahamiaji uligeuka"),
    ("magendo yanaweza", "usafirishaji haramu wa wahamiaji unaweza"),
    ("safari ya magendo", "safari ya usafirishaji haramu wa wahamiaji"),
]


def sw(text, _after):
    for old, new in SW_PHRASES:
        text = text.replace(old, new)
        text = text.replace(old[:1].upper() + old[1:], new[:1].upper() + new[1:])
    text = re.sub(r"\bmagendo\b", "usafirishaji haramu wa wahamiaji", text)
    text = re.sub(r"\bMagendo\b", "Usafirishaji haramu wa wahamiaji", text)
    # What is left of "usafirishaji haramu" alone means trafficking in these texts.
    text = re.sub(
        r"\busafirishaji haramu\b(?! wa wahamiaji)", "biashara haramu ya binadamu", text
    )
    text = re.sub(
        r"\bUsafirishaji haramu\b(?! wa wahamiaji)", "Biashara haramu ya binadamu", text
    )
    return text


# --- Spanish: "tú", and words about the reader that do not assume a man. ------------------

ES_PHRASES = [
    ("No estoy seguro", "No lo sé"),
    ("no estás seguro de tu edad", "tienes dudas sobre tu edad"),
    ("no estás seguro de si", "tienes dudas de si"),
    ("no estás seguro", "tienes dudas"),
    ("No estás solo.", "Cuentas con apoyo."),
    ("decidir solo", "decidir sin ayuda"),
    ("resolverlo todo solo", "resolverlo todo sin ayuda"),
    ("de vuelta tú solo", "de vuelta sin ayuda"),
    ("¿Estás encerrado, vigilado, o no te dejan salir solo?",
     "¿Te tienen bajo llave o vigilancia, o no te dejan salir sin compañía?"),
    ("Estar encerrado, vigilado o no poder salir solo",
     "Estar bajo llave o vigilancia, o no poder salir sin compañía"),
    ("no te dejan salir solo", "no te dejan salir sin compañía"),
    ("sentirte seguro para", "sentirte con confianza para"),
    ("quien esté preocupado por", "quien tenga dudas sobre"),
]


def es(text, _after):
    for old, new in ES_PHRASES:
        text = text.replace(old, new)
    return text


# --- Arabic: women and men both addressed, smuggling named as "تهريب المهاجرين", and no
# ASCII commas in numbers. ---------------------------------------------------------------

# Masculine imperatives that speak to the reader; each gets the feminine ending as in
# Arabic forms ("اكتب/ي"), so a woman reads a sentence written for her too.
AR_IMPERATIVES = [
    "اكتب", "اعرف", "اختر", "اسأل", "احتفظ", "اطلب", "اقرأ", "اضغط", "اتصل", "ابحث",
    "احذف", "أخبر", "افحص", "استمع", "ارفع", "احفظ", "اترك", "ابدأ", "احصل", "أرسل",
    "أجب", "امسح", "اطرح", "اشرح", "احسب", "اتفق", "أضف", "أدخل", "انظر", "انسخ",
    "انتبه", "اكتشف", "اقترح", "افتح", "اعرض", "اصنع", "اشكر", "استرح", "ارفض", "ارسم",
    "اذكر", "اختم", "حاول", "تحقق", "تأكد", "تذكّر", "تذكر", "ابقَ", "خذ", "ضع", "قل",
    "اجعل", "استخدم", "راجع", "اقبل", "توقف", "اسمع", "ادفع", "وقّع", "وقع", "احمل",
    "انتقل", "اذهب", "تواصل", "فكّر", "فكر", "استعد", "جهّز", "جهز", "اتبع", "أغلق",
    "اعتنِ", "تحدّث", "تحدث", "شارك", "ساعد", "اتركه", "امسحه", "تحقّق", "تأكّد", "أبقِ",
    "اتّصل", "احرص", "ابتعد", "اطّلع", "اطلع", "استشر", "اختبر", "أكمل", "اقرأه",
    "الصق", "واصل", "تعرّف", "تعرف", "حافظ", "صدّقه", "صدّق", "اتّفق",
    "لا تدفع", "لا تواجه", "لا تطلب", "لا تَعِد", "لا تعد", "لا تستخدم", "لا تسافر",
    "لا تترك", "لا ترسل", "لا تخبر", "لا توقّع", "لا توقع", "لا تسلّم", "لا تعطِ",
    "لا تقبل", "لا تذهب", "لا تخف", "لا تحذف",
]
# Imperatives whose feminine is not the masculine plus "ي".
AR_IRREGULAR = {"كن": "كن/كوني", "لا تكن": "لا تكن/تكوني"}
AR_PHRASES = [
    ("والتهريب", "وتهريب المهاجرين"),
    ("بالتهريب", "بتهريب المهاجرين"),
    ("للتهريب", "لتهريب المهاجرين"),
    ("التهريب", "تهريب المهاجرين"),
    ("شخص تثق به", "شخص موثوق"),
    ("شخصًا تثق به", "شخصًا موثوقًا"),
    ("أشخاص تثق بهم", "أشخاص موثوقين"),
    ("ماذا تريد أن تفعل؟", "ما الخطوة التالية؟"),
    ("ماذا تريد أن تفحص؟", "ما الذي يحتاج إلى فحص؟"),
    ("الشخص البالغ الذي تثق به", "الشخص البالغ الموثوق"),
    ("شخصًا بالغًا تثق به", "شخصًا بالغًا موثوقًا"),
    ("شخص بالغ تثق به", "شخص بالغ موثوق"),
    ("خدمة مساعدة تثق بها", "خدمة مساعدة موثوقة"),
    ("خدمة دعم تثق بها", "خدمة دعم موثوقة"),
    ("هاتفًا تثق به", "هاتفًا موثوقًا"),
    ("مع من تثق بهم", "مع أشخاص موثوقين"),
    ("لست متأكدًا", "لا أعرف"),
    ("إذا لم تكن متأكدًا من", "عند الشك في"),
    ("إذا لم تكن متأكدًا", "عند الشك"),
    ("وأنت غير متأكد", "ولديك شك"),
    ("لست مضطرًا إلى أن تقرّر وحدك", "لا داعي لاتخاذ القرار وحدك"),
    ("لست مضطرًا لاتخاذ أي قرار وحدك", "لا داعي لاتخاذ أي قرار وحدك"),
    ("لست مضطرًا إلى أن تعطي اسمك", "لا داعي لذكر اسمك"),
    ("لست مضطرًا لطلبها وحدك", "لا داعي لطلبها وحدك"),
    ("قبل أن تدفع أي شيء أو تسافر", "قبل دفع أي شيء أو السفر"),
    ("قبل أن تدفع أو تسافر", "قبل الدفع أو السفر"),
    ("قبل أن تدفع أي شيء", "قبل دفع أي شيء"),
    ("قبل أن تسافر", "قبل السفر"),
    ("قبل أن ترسل صورًا أو أوراقًا أو مالًا", "قبل إرسال صور أو أوراق أو مال"),
    ("قبل أن تقرّر", "قبل اتخاذ القرار"),
    ("قبل أن تتصل", "قبل الاتصال"),
    ("أين تجد المساعدة", "أين توجد المساعدة"),
    ("يمكنك أن تبقى دون ذكر اسمك", "يمكن البقاء دون ذكر الاسم"),
]
AR_LETTER = "\u0621-\u064a\u064b-\u065f\u0670"
# An imperative starts a clause: the text's start, after punctuation, or after "ثم"/"أو".
AR_CLAUSE = r"(^\s*|[.،؛:!؟(«]\s*|\sثم\s+|\sأو\s+|\s(?=ولا ))"


def ar(text, _after, story=False):
    for old, new in AR_PHRASES:
        text = text.replace(old, new)
    text = re.sub(
        r"تهريبًا(?! للمهاجرين)", "تهريبًا للمهاجرين", text
    )
    text = re.sub(
        r"(?<![" + AR_LETTER + r"])تهريب(?![" + AR_LETTER + r"])(?! المهاجرين)(?! للمهاجرين)",
        "تهريب للمهاجرين",
        text,
    )
    # Stories tell of other people in the third person; only the app speaks to the reader.
    for verb in [] if story else AR_IMPERATIVES:
        text = re.sub(
            AR_CLAUSE + r"(و|ف)?" + re.escape(verb) + r"(?![" + AR_LETTER + r"/])",
            lambda m: m.group(0) + "/ي",
            text,
        )
    for masc, both in {} if story else AR_IRREGULAR.items():
        text = re.sub(
            AR_CLAUSE + r"(و|ف)?" + re.escape(masc) + r"(?![" + AR_LETTER + r"/])",
            lambda m, b=both, n=len(masc): m.group(0)[:-n] + b,
            text,
        )
    while True:
        new = re.sub(r"(\d),(\d{3})(?!\d)", "\\1\u066c\\2", text)
        if new == text:
            break
        text = new
    return text


# --- Haitian Creole: the key is labelled Enter. -------------------------------------------


def ht(text, _after):
    return re.sub(r"\b([Pp]eze) Antre\b", r"\1 Enter", text)


RULES = {"fr": fr, "pt": pt, "sw": sw, "es": es, "ar": ar, "ht": ht}

HEAD = re.compile(r"^(-?[A-Za-z][\w-]*\s*=\s*|\s+\.[\w-]+\s*=\s*|\s*\*?\[[^\]]+\]\s*)?(.*)$")


def segments(text):
    """Splits a line's text into (is_placeable, part), placeables kept whole."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch == "{":
            if depth == 0 and i > start:
                parts.append((False, text[start:i]))
                start = i
            depth += 1
        elif ch == "}" and depth > 0:
            depth -= 1
            if depth == 0:
                parts.append((True, text[start:i + 1]))
                start = i + 1
    if start < len(text):
        parts.append((depth > 0, text[start:]))
    return parts


def apply(rule, line, story=False):
    if not line.strip() or line.lstrip().startswith("#") or line.strip() == "}":
        return line
    m = HEAD.match(line)
    head, body = m.group(1) or "", m.group(2)
    out, after = [], False
    for placeable, part in segments(body):
        if placeable:
            out.append(part)
        elif story and rule is ar:
            out.append(ar(part, after, story=True))
        else:
            out.append(rule(part, after))
        after = placeable
    return head + "".join(out)


def main():
    args = sys.argv[1:]
    check = "--check" in args
    only = [a for a in args if not a.startswith("-")]
    unknown = [a for a in only if a not in RULES]
    if unknown:
        print(f"no rules for {', '.join(unknown)}; locales: {', '.join(RULES)}")
        return 2
    changed = []
    for locale, rule in RULES.items():
        if only and locale not in only:
            continue
        # The terminal's own messages (terminal/) are in the same voice.
        for path in sorted((ROOT / locale).glob("*.ftl")) + sorted((ROOT / locale).glob("terminal/*.ftl")):
            old = path.read_text(encoding="utf-8")
            story = path.name == "stories.ftl"
            new = "\n".join(apply(rule, line, story) for line in old.split("\n"))
            if new != old:
                n = sum(a != b for a, b in zip(old.split("\n"), new.split("\n")))
                changed.append(f"{path.relative_to(ROOT.parent.parent)}: {n} lines")
                if not check:
                    path.write_text(new, encoding="utf-8")
    print("\n".join(changed) or "nothing to change")
    return 1 if check and changed else 0


if __name__ == "__main__":
    sys.exit(main())
