#!/usr/bin/env python3
"""Git merge driver for content/screening/concepts/*.toml. Every concept is one line
`key = ["a", "b"]`, so two branches that add words to the same concept conflict on every
such line; this merges each concept's list as a set (ours' order, then theirs' additions,
minus what either side removed from the base). Comment lines come from the side that
changed them. Set it up once per clone:

    git config merge.concepts.driver "python3 tools/merge_concepts.py %O %A %B"
    echo 'content/screening/concepts/*.toml merge=concepts' >> .git/info/attributes

Rules (`rules.toml`) still merge as text: check the merged rules after a conflict."""
import json, re, sys
LINE = re.compile(r'^([a-z_0-9]+) = (\[.*\])\s*$')
def parse(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    d = {}
    for l in lines:
        m = LINE.match(l)
        if m: d[m.group(1)] = json.loads(m.group(2))
    return lines, d
base_l, base = parse(sys.argv[1]); ours_l, ours = parse(sys.argv[2]); theirs_l, theirs = parse(sys.argv[3])
def merged(key):
    b = base.get(key, []); o = ours.get(key); t = theirs.get(key)
    if o is None: return t
    if t is None: return o
    removed = (set(b) - set(o)) | (set(b) - set(t))
    out = [x for x in o if x not in removed]
    out += [x for x in t if x not in set(out) and x not in removed]
    return out
def fmt(key, lst):
    return f'{key} = [' + ', '.join(json.dumps(x, ensure_ascii=False) for x in lst) + ']'
def skeleton(lines): return [l for l in lines if not LINE.match(l)]
# the layout (comments, header) of the side that changed it, else ours
use_theirs = skeleton(ours_l) == skeleton(base_l) and skeleton(theirs_l) != skeleton(base_l)
main_l, other = (theirs_l, ours) if use_theirs else (ours_l, theirs)
out = []
done = set()
for l in main_l:
    m = LINE.match(l)
    if m:
        k = m.group(1); done.add(k)
        if k in base and (k not in theirs or k not in ours): continue  # a side deleted it
        out.append(fmt(k, merged(k)))
    else:
        out.append(l)
# concepts only the other side added, at the end of the list
for k in other:
    if k not in done and k not in base:
        out.insert(len(out) - (1 if out and out[-1] == '' else 0), fmt(k, other[k]))
both = skeleton(ours_l) != skeleton(base_l) and skeleton(theirs_l) != skeleton(base_l) and skeleton(ours_l) != skeleton(theirs_l)
open(sys.argv[2], 'w', encoding='utf-8').write('\n'.join(out))
if both:
    sys.stderr.write(f"merge_concepts: both sides changed comment lines; kept ours in {sys.argv[2]}\n")
sys.exit(0)
