#!/usr/bin/env python3
"""A stand-in for the R class AGP generates from the app's res/ folder, for
android/compile-check/run only (never written into the app's sources).

    r_stub.py RES_DIR MANIFEST PACKAGE OUT_FILE

Same package, same nested classes (string, drawable, xml, ...) and the same field names as
AGP's R with android.nonTransitiveRClass (only the app's own resources), so a misspelt or
missing resource fails the type check. The ids are made up (0x7fTTEEEE) and the fields are
not constants, like AGP 8's (android.nonFinalResIds is true by default).

It also fails, as aapt2 would, on a file name that is not a valid resource name, on two
files for one resource in one folder, on a resource type it does not know, and on an
`@type/name` reference in the manifest or a res/ XML file to a resource that does not exist.
It does not check what aapt2 checks inside a file (attribute names, formats).
"""

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

FILE_TYPES = {"anim", "animator", "color", "drawable", "font", "interpolator", "layout",
              "menu", "mipmap", "navigation", "raw", "transition", "xml"}
VALUE_TAGS = {"string": "string", "plurals": "plurals", "string-array": "array",
              "integer-array": "array", "array": "array", "color": "color", "dimen": "dimen",
              "bool": "bool", "integer": "integer", "fraction": "fraction", "style": "style",
              "attr": "attr"}
IGNORED_TAGS = {"eat-comment", "skip", "public", "overlayable"}
FILE_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")
REFERENCE = re.compile(r"^@(?:([A-Za-z0-9_.]+):)?([a-z]+)/([A-Za-z0-9_.]+)$")
NEW_ID = re.compile(r"^@\+id/([A-Za-z0-9_.]+)$")
TOOLS_NS = "{http://schemas.android.com/tools}"


def field(name):
    return re.sub(r"[.:-]", "_", name)


def fail(message):
    sys.exit(f"r_stub: {message}")


def parse(path):
    try:
        return ET.parse(path)
    except ET.ParseError as error:
        fail(f"{path}: not well-formed XML ({error})")


def main(res_dir, manifest, package, out_file):
    res = Path(res_dir)
    types = {}  # type -> {field name}
    styleables = {}  # name -> [attr field names]
    xml_files = [Path(manifest)]

    def add(kind, name):
        types.setdefault(kind, set()).add(field(name))

    for folder in sorted(p for p in res.iterdir() if p.is_dir()):
        kind = folder.name.split("-")[0]
        if kind == "values":
            for f in sorted(folder.glob("*.xml")):
                for element in parse(f).getroot():
                    tag = element.tag
                    if not isinstance(tag, str) or tag in IGNORED_TAGS:
                        continue
                    name = element.get("name")
                    if tag == "item":
                        if element.get("type") is None:
                            fail(f"{f}: <item name=\"{name}\"> without a type")
                        add(element.get("type"), name)
                    elif tag == "declare-styleable":
                        attrs = []
                        for attr in element.iter("attr"):
                            attr_name = attr.get("name")
                            if not attr_name.startswith("android:"):
                                add("attr", attr_name)
                            attrs.append(field(attr_name))
                        styleables[field(name)] = attrs
                    elif tag in VALUE_TAGS:
                        add(VALUE_TAGS[tag], name)
                    else:
                        fail(f"{f}: <{tag}> is not a resource type this stub knows; extend r_stub.py")
                xml_files.append(f)
        elif kind in FILE_TYPES:
            seen = {}
            for f in sorted(p for p in folder.iterdir() if p.is_file()):
                name = f.name.split(".")[0]
                if not FILE_NAME.match(name):
                    fail(f"{f}: not a valid resource file name (a-z, 0-9 and _ only)")
                if name in seen:
                    fail(f"{f}: duplicate resource, {seen[name]} has the same name")
                seen[name] = f
                add(kind, name)
                if f.suffix == ".xml":
                    xml_files.append(f)
        else:
            fail(f"{folder}: not a resource folder aapt2 knows")

    # Ids declared with @+id/ anywhere, then every reference checked against the table.
    references = []
    for f in xml_files:
        for element in parse(f).iter():
            values = [v for k, v in element.attrib.items() if not k.startswith(TOOLS_NS)]
            if element.text and element.text.strip().startswith("@"):
                values.append(element.text.strip())
            for value in values:
                new_id = NEW_ID.match(value)
                if new_id:
                    add("id", new_id.group(1))
                    continue
                ref = REFERENCE.match(value)
                if ref and ref.group(1) != "android":
                    references.append((f, ref.group(2), ref.group(3)))
    for f, kind, name in references:
        if field(name) not in types.get(kind, set()):
            fail(f"{f}: @{kind}/{name} names no resource in {res_dir}")

    lines = [f"// Written by android/compile-check/r_stub.py from {res_dir} for the compile check only.",
             f"package {package}", "", "@Suppress(\"ClassName\", \"ObjectPropertyName\")", "object R {"]
    all_kinds = sorted(set(types) | ({"styleable"} if styleables else set()))
    for type_index, kind in enumerate(all_kinds, start=1):
        lines.append(f"    object {kind} {{")
        if kind == "styleable":
            for name, attrs in sorted(styleables.items()):
                ids = ", ".join(f"0x7f{type_index:02x}{i:04x}" for i in range(len(attrs)))
                lines.append(f"        @JvmField val {name}: IntArray = intArrayOf({ids})")
                for i, attr in enumerate(attrs):
                    lines.append(f"        @JvmField val {name}_{attr}: Int = {i}")
        else:
            for entry, name in enumerate(sorted(types[kind])):
                lines.append(f"        @JvmField val {name}: Int = 0x7f{type_index:02x}{entry:04x}")
        lines.append("    }")
    lines.append("}")
    out = Path(out_file)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n")
    count = sum(len(v) for v in types.values())
    print(f"R stub: {count} resources of {len(types)} types, {len(references)} references checked")


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
