#!/usr/bin/env python3
"""Mutants of episode files with PyYAML's verdict and data, for tests/tst_pyyamlagreement.

The site's tooling reads episodes with PyYAML's C loader (libyaml). This script makes mutants of episode files
deterministically (unterminated quotes, bad indentation, stray ':', '- ', '[', '{', '&', '*', '!', '|', '>', tabs,
truncation, control characters, CR/NEL/LS line breaks, BOM, odd numbers...) and records, for each, whether
yaml.CSafeLoader plus the episode rules accept it and, if so, the data in a canonical text form. The C++ test reads
the file and needs no Python.

  scripts/pyyaml_agreement.py -o tests/data/pyyaml-agreement.jsonl --count 1500 tests/data/*.md
  scripts/pyyaml_agreement.py -o /tmp/fuzz.jsonl --count 20000 --seed 7 ../shared/corpus/*.md   # a fuzz run

With --as-is, each file given is one case as it is (no mutation). That records the regression set: every input on
which a fuzz run once found the editor and PyYAML disagreeing is kept as a file in tests/data/pyyaml-regressions/,
and the test reads PyYAML's verdicts on them from the second recorded file:

  scripts/pyyaml_agreement.py -o tests/data/pyyaml-regressions.jsonl --as-is tests/data/pyyaml-regressions/*

The episode rules (what EpisodeFile refuses although PyYAML reads it) are mirrored in `episode_rules`: a mapping at
the top, unique top-level keys, "transcript" a list of mappings (not an alias), each with "line" xor "header",
line/header/who/time non-empty scalars (kept as the text written), "sec" an int, unique keys per item.
"""
import argparse
import base64
import datetime
import json
import math
import random
import sys

import yaml

MERGE = 'tag:yaml.org,2002:merge'


def esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in '\\"' or o < 0x20 or 0x7f <= o <= 0x9f or o in (0x2028, 0x2029, 0xfeff):
            out.append('\\u%04x' % o if o <= 0xffff else '\\U%08x' % o)
        else:
            out.append(ch)
    return '"' + ''.join(out) + '"'


def canon(v):
    if v is None:
        return '~'
    if v is True:
        return 'true'
    if v is False:
        return 'false'
    if isinstance(v, int):
        return 'i%d' % v
    if isinstance(v, float):
        return 'fnan' if math.isnan(v) else 'f' + ('%.17g' % v)
    if isinstance(v, str):
        return 's' + esc(v)
    if isinstance(v, list):
        return '[' + ','.join(canon(x) for x in v) + ']'
    if isinstance(v, dict):
        items = sorted((('s' + esc(k)) if isinstance(k, str) else canon(k), canon(x)) for k, x in v.items())
        return '{' + ','.join(k + ':' + x for k, x in items) + '}'
    if isinstance(v, datetime.datetime):
        s = 't' + v.strftime('%Y-%m-%dT%H:%M:%S') + '.%03d' % (v.microsecond // 1000)
        if v.tzinfo is not None:
            s += '%+d' % int(v.utcoffset().total_seconds())
        return s
    if isinstance(v, datetime.date):
        return 'd' + v.isoformat()
    return 'x' + type(v).__name__


class Refused(Exception):
    pass


def region_of(data):
    """The front matter between the first line '---' and the next line '---', as EpisodeParser splits it."""
    bom = data.startswith(b'\xef\xbb\xbf')
    nl = data.find(b'\n')
    if nl < 0 or data[3 if bom else 0:nl].rstrip(b' \t\r') != b'---':
        raise Refused('no front matter')
    pos = nl + 1
    while pos < len(data):
        end = data.find(b'\n', pos)
        line = data[pos:end if end >= 0 else len(data)]
        if line.rstrip(b' \t\r') == b'---':
            return data[nl + 1:pos]
        if end < 0:
            break
        pos = end + 1
    raise Refused('front matter never closed')


def text_of(node, value, what):
    if not isinstance(node, yaml.ScalarNode) or value is None:
        raise Refused('%s is not text' % what)
    return node.value


def episode_rules(root, data):
    """Checks the episode rules on PyYAML's node tree and data; returns the data as the editor keeps it."""
    if root is None or data is None:
        return {}
    if not isinstance(root, yaml.MappingNode) or not isinstance(data, dict):
        raise Refused('not a mapping')
    seen_nodes = set()

    def visit(n):
        stack = [n]
        while stack:
            x = stack.pop()
            if id(x) in seen_nodes:
                continue
            seen_nodes.add(id(x))
            if isinstance(x, yaml.SequenceNode):
                stack.extend(x.value)
            elif isinstance(x, yaml.MappingNode):
                for k, v in x.value:
                    stack.extend((k, v))

    if any(k.tag == MERGE for k, _ in root.value):
        return data  # merge keys at the top level: a deliberate limit of the editor
    keys = [k.value if isinstance(k, yaml.ScalarNode) else None for k, _ in root.value]
    if None in keys:
        raise Refused('top-level key not text')
    if len(set(keys)) != len(keys):
        raise Refused('duplicate top-level key')
    out = {}
    for (knode, vnode), (key, value) in zip(root.value, data.items()):
        name = knode.value
        visit(knode)
        if name != 'transcript':
            visit(vnode)
            out[name] = value
            continue
        if id(vnode) in seen_nodes:
            raise Refused('transcript is an alias')
        if isinstance(vnode, yaml.ScalarNode) and value is None:
            out[name] = []
            continue
        if not isinstance(vnode, yaml.SequenceNode):
            raise Refused('transcript not a list')
        seen_nodes.add(id(vnode))
        items = []
        for inode, ivalue in zip(vnode.value, value):
            if id(inode) in seen_nodes:
                raise Refused('item is an alias')
            if not isinstance(inode, yaml.MappingNode):
                raise Refused('item not a mapping')
            visit(inode)
            if any(k.tag == MERGE for k, _ in inode.value):
                items.append(ivalue)  # a deliberate limit of the editor
                continue
            ikeys = [k.value if isinstance(k, yaml.ScalarNode) else None for k, _ in inode.value]
            if None in ikeys:
                raise Refused('item key not text')
            if len(set(ikeys)) != len(ikeys):
                raise Refused('duplicate item key')
            entry = {}
            for (kn, vn), (_, iv) in zip(inode.value, ivalue.items()):
                k = kn.value
                if k in ('line', 'header', 'who', 'time'):
                    entry[k] = text_of(vn, iv, k)
                elif k == 'sec':
                    if not isinstance(iv, int) or isinstance(iv, bool):
                        raise Refused('sec not an int')
                    entry[k] = iv
                else:
                    entry[k] = iv
            if ('line' in entry) == ('header' in entry):
                raise Refused('line xor header')
            items.append(entry)
        out[name] = items
    return out


def reference(data):
    try:
        region = region_of(data)
        text = region.decode('utf-8')
        root = yaml.compose(region, Loader=yaml.CSafeLoader)
        value = yaml.load(region, Loader=yaml.CSafeLoader)
        kept = episode_rules(root, value)
        return 'accepted', canon(kept), ''
    except Refused as e:
        return 'refused', None, 'episode rule: %s' % e
    except RecursionError:
        return 'refused', None, 'nested too deeply'
    except Exception as e:  # YAMLError, and ValueError/KeyError from constructors, UnicodeDecodeError
        return 'refused', None, '%s: %s' % (type(e).__name__, str(e).split('\n')[0])


# ---- mutants ----------------------------------------------------------------------------------------------------

SNIPPETS = ['"', "'", ':', ': ', ' :', '- ', '-', '[', ']', '{', '}', '{{ x }}', '&', '&&&', '&a ', '*', '*a', '*nope ',
            '!', '!foo ', '!!int ', '!!str ', '!!float ', '!!bool ', '!!null ', '!!timestamp ', '! ', '|', '>', '|-\n',
            '>\n', '\t', '#', ' #', '%', '@', '`', ',', '?', '? ', '<<: ', '=', '~', '\\', '\\q', '\r', '\r\n',
            '\u0085', '\u2028', '\u2029', '\ufeff', '\x07', '\x1b', '\x7f', '\x85', '\x0b', '\x0c', 'é', '—', '😀',
            '...', '---', 'yes', 'No', 'on', 'null', '0x1F', '0b101', '017', '08', '1_000', '1:30', '1:2:3:4:5:6:7:8:9:10:11:12:13',
            '99999999999999999999', '-9223372036854775808', '9223372036854775808', '.inf', '-.nan', '1e5', '1.5e+3',
            '2021-01-01', '2021-13-01', '2001-12-14t21:59:43.10-05:00', '2021-01-01 10:00:00', "'53:24'", '<<']
VALUES = ['yes', 'no', 'On', 'OFF', '~', 'null', '', '=', '<<', '0x1F', '0b_', '0o7', '017', '09', '1_000', '1:30',
          '1:2:3:4:5:6:7:8:9:10:11:12:13', '190:20:30', '99999999999999999999', '-9223372036854775808',
          '9223372036854775807', '.inf', '-.Inf', '.NaN', '1.', '.5', '1e5', '1.0e+5', '1:30.5', '2021-01-01',
          '2021-1-1', '2021-02-30', '2001-12-14t21:59:43.10-05:00', '2001-12-14 21:59:43.10 +25', "!!int '53:24'",
          "!!int '0x1F'", "!!int 'abc'", '!!float 12', "!!float 'x'", '!!bool yes', '!!bool maybe', '!!null x',
          '!!str 12', "!!timestamp '2021-01-01'", '!!timestamp nope', '!foo bar', '!!binary aGVsbG8=', '!!set {a}',
          '!!omap [a: 1]', '! 12', "! '12'", '&a x', '*a', '&https://example.com', '*https://example.com', '[a, b',
          '{a: 1', '[{a: 1}]', '{{ x }}', '"unclosed', "'unclosed", '"a\\qb"', '"\\x41\\u00e9"', '|\n  block\n',
          '>-\n  folded\n  text\n', '|9\n x', '@foo', '`x`', '%x', '- a', 'a: b', 'a #c', '"é😀"']


def lines_of(b):
    return b.split(b'\n')


def base_from(data, rnd):
    """A small valid episode cut from a real one: some metadata keys, 'transcript:' and a run of items."""
    region = region_of(data)
    lines = region.split(b'\n')
    try:
        t = lines.index(b'transcript:')
    except ValueError:
        return b'---\n' + region + b'---\n'
    blocks, cur = [], []
    for ln in lines[:t]:
        if ln and not ln.startswith((b' ', b'-', b'#')) and cur:
            blocks.append(cur)
            cur = []
        cur.append(ln)
    if cur:
        blocks.append(cur)
    keep = [b for b in blocks if rnd.random() < 0.35] or blocks[:1]
    items, cur = [], []
    for ln in lines[t + 1:]:
        if ln.startswith(b'- ') and cur:
            items.append(cur)
            cur = []
        cur.append(ln)
    if cur:
        items.append(cur)
    if not items:
        return b'---\n' + region + b'---\n'
    k = rnd.randint(1, 6)
    s = rnd.randrange(max(1, len(items) - k))
    chosen = [ln for it in items[s:s + k] for ln in it]
    while chosen and chosen[-1] == b'':
        chosen.pop()
    body = [ln for b in keep for ln in b] + [b'transcript:'] + chosen
    return b'---\n' + b'\n'.join(body) + b'\n---\n'


def mutate(base, rnd):
    head, rest = base[:4], base[4:]
    end = rest.rfind(b'---\n')
    text, tail = rest[:end].decode('utf-8'), rest[end:].decode('utf-8')
    ops = rnd.randint(1, 3)
    names = []
    for _ in range(ops):
        lines = text.split('\n')
        if len(lines) < 2:
            break
        i = rnd.randrange(len(lines) - 1)
        ln = lines[i]
        op = rnd.randrange(12)
        names.append(op)
        if op == 0:  # snippet at a random place in a line
            p = rnd.randint(0, len(ln))
            ln = ln[:p] + rnd.choice(SNIPPETS) + ln[p:]
        elif op == 1:  # snippet at the start of a value
            p = ln.find(': ')
            p = p + 2 if p >= 0 else (ln.find('- ') + 2 if '- ' in ln else 0)
            ln = ln[:p] + rnd.choice(SNIPPETS) + ln[p:]
        elif op == 2:  # replace a value
            p = ln.find(': ')
            if p >= 0:
                ln = ln[:p + 2] + rnd.choice(VALUES)
        elif op == 3:  # indentation
            if ln.startswith(' ') and rnd.random() < 0.5:
                ln = ln[rnd.randint(1, 2):]
            else:
                ln = rnd.choice([' ', '  ', '\t', ' \t']) + ln
        elif op == 4:  # delete a character
            if ln:
                p = rnd.randrange(len(ln))
                ln = ln[:p] + ln[p + 1:]
        elif op == 5:  # line break kinds
            lines[i] = ln + rnd.choice(['\r', '\u0085', '\u2028', '\u2029', '\r\n', '']) + lines[i + 1]
            del lines[i + 1]
            text = '\n'.join(lines)
            continue
        elif op == 6:  # drop or duplicate a line
            if rnd.random() < 0.5:
                del lines[i]
            else:
                lines.insert(i, ln)
            text = '\n'.join(lines)
            continue
        elif op == 7:  # truncate the front matter
            p = rnd.randrange(len(text) + 1)
            text = text[:p] + ('\n' if rnd.random() < 0.7 else '')
            continue
        elif op == 8:  # anchor here, alias later
            p = ln.find(': ')
            if p >= 0:
                ln = ln[:p + 2] + '&x ' + ln[p + 2:]
                j = rnd.randrange(len(lines) - 1)
                q = lines[j].find(': ')
                if q >= 0 and j != i:
                    lines[j] = lines[j][:q + 2] + '*x'
        elif op == 9:  # control or special character anywhere
            p = rnd.randint(0, len(ln))
            ln = ln[:p] + chr(rnd.choice([1, 7, 8, 0x0b, 0x0c, 0x1b, 0x7f, 0x80, 0x85, 0x9f, 0xfeff, 0xfffe, 0x2028,
                                           0xa0, 0x3000, 0xe9, 0x1f600, 0x2014])) + ln[p:]
        elif op == 10:  # quote a value without closing it, or unquote it
            p = ln.find(': ')
            if p >= 0:
                v = ln[p + 2:]
                if v[:1] in '\'"' and v[-1:] == v[:1] and len(v) > 1:
                    ln = ln[:p + 2] + v[:-1]
                else:
                    ln = ln[:p + 2] + rnd.choice('\'"') + v
        else:  # stray key symbols at line starts
            ln = rnd.choice(['-', '- ', ':', '? ', '-line: x', 'line:x', '  - line: x', '<<: *x', '= : 1']) + ln
        lines[i] = ln
        text = '\n'.join(lines)
    return (head + text.encode('utf-8') + tail.encode('utf-8')), names


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('-o', '--output', required=True)
    ap.add_argument('--count', type=int, default=1500)
    ap.add_argument('--seed', type=int, default=11)
    ap.add_argument('--as-is', action='store_true', help='one case per file, unmutated (the regression set)')
    ap.add_argument('files', nargs='+')
    args = ap.parse_args()
    if args.as_is:
        counts = {'accepted': 0, 'refused': 0}
        with open(args.output, 'w', encoding='utf-8') as out:
            for n, f in enumerate(sorted(args.files)):
                data = open(f, 'rb').read()
                verdict, canon_data, why = reference(data)
                counts[verdict] += 1
                out.write(json.dumps({'case': n, 'from': f.split('/')[-1], 'ops': [], 'verdict': verdict,
                                      'data': canon_data, 'why': why,
                                      'input': base64.b64encode(data).decode('ascii')}) + '\n')
        print('%s: %d files as they are, %d accepted, %d refused' % (
            args.output, len(args.files), counts['accepted'], counts['refused']), file=sys.stderr)
        return
    rnd = random.Random(args.seed)
    sources = []
    for f in sorted(args.files):
        data = open(f, 'rb').read()
        try:
            region_of(data)
        except Refused:
            continue
        if b'transcript:' in data:
            sources.append((f, data))
    counts = {'accepted': 0, 'refused': 0}
    with open(args.output, 'w', encoding='utf-8') as out:
        for n in range(args.count):
            name, data = sources[n % len(sources)]
            base = base_from(data, rnd)
            mutant, ops = (base, []) if n % 20 == 0 else mutate(base, rnd)
            verdict, canon_data, why = reference(mutant)
            counts[verdict] += 1
            out.write(json.dumps({'case': n, 'from': name.split('/')[-1], 'ops': ops, 'verdict': verdict,
                                  'data': canon_data, 'why': why,
                                  'input': base64.b64encode(mutant).decode('ascii')}) + '\n')
    print('%s: %d cases, %d accepted, %d refused (PyYAML %s, libyaml %s)' % (
        args.output, args.count, counts['accepted'], counts['refused'], yaml.__version__,
        yaml._yaml.get_version_string() if hasattr(yaml, '_yaml') else '?'), file=sys.stderr)


if __name__ == '__main__':
    main()
