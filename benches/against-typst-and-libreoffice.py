#!/usr/bin/env python3
"""The brief against typst and LibreOffice, whole process, on the same text, in one run.

For four profiles (the complete example; its typed answers grown to about half their cap;
every answer at the length the app accepts, with the intake e-mail; and an older profile whose
long answers are five times that, about 85 pages, as files from before the caps can be) this
script:

1. writes the brief with the release build (`behoeftewijzer brief … --allow-personal-data`);
2. reads its structure and text back with poppler (`pdfinfo -struct-text`: the tagged PDF's
   headings, paragraphs, tables and lists) and writes the same document as typst markup (A4,
   Noto Sans 9.5 pt, two-column tables, lists) and as an HTML page;
3. times, pair by pair, the whole processes: `behoeftewijzer brief`; `typst compile` as it is
   usually run (it looks through the system's fonts; the app's font folder is added) and with
   the app's fonts only (`--ignore-system-fonts`, typst's fastest start); and `soffice
   --headless --convert-to pdf` (each warmed up once; LibreOffice with its own user profile,
   made in the warm-up); and prints the medians and the ratios.

The chart is left out of the other two documents (its values stand in the brief's table too),
and neither is tagged for screen readers as the brief is: if anything in their favour.

Needs: a release build (`cargo build --release`), `typst` 0.15 (`cargo install typst-cli
--locked`), LibreOffice Writer (`apt-get install libreoffice-writer-nogui`) and poppler-utils.
Run from the repository: `python3 benches/against-typst-and-libreoffice.py [--runs 5]`.
"""

import argparse
import html
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "assets/examples/voorbeeld-compleet.ron"
QUESTIONNAIRE = ROOT / "assets/questionnaire.ron"
# The app's caps (src/model/questionnaire.rs): LONG_TEXT_MAX_CHARS, TEXT_MAX_CHARS.
LONG_TEXT_MAX = 5000
TEXT_MAX = 300


def kinds():
    """Each question's id → its kind, and the ids whose choice has an "anders" text."""
    text = QUESTIONNAIRE.read_text(encoding="utf-8")
    kind_of, with_other = {}, set()
    for block in re.split(r"\n\s*\(\n\s*id: ", text)[1:]:
        qid = block.split('"')[1]
        if "." not in qid:
            continue
        kind = re.search(r"kind: (\w+)", block)
        if kind:
            kind_of[qid] = kind.group(1)
            if "other: true" in block.split("\n                (\n")[0]:
                with_other.add(qid)
    return kind_of, with_other


def ron_string(s):
    return json.dumps(s, ensure_ascii=False)


def grown(example_text, share):
    """The example with every typed answer grown to `share` of its cap (cycling the example's
    own sentences), and with `share == 1` every question's text at its cap, "anders" included."""
    kind_of, with_other = kinds()
    sentences = re.findall(r'Text\("([^"]{40,})"\)', example_text)
    corpus = " ".join(sentences)

    def text_of(n):
        out = (corpus + " ") * (n // (len(corpus) + 1) + 1)
        return out[:n].rstrip()

    lines = []
    for line in example_text.splitlines():
        m = re.match(r'(\s*)"([a-z_]+\.[a-z_]+)": (.*),$', line)
        if not m:
            lines.append(line)
            continue
        indent, qid, _ = m.groups()
        kind = kind_of.get(qid)
        if kind in ("Text", "LongText") and not qid.startswith("organisatie.contact"):
            cap = LONG_TEXT_MAX if kind == "LongText" else TEXT_MAX
            line = f'{indent}"{qid}": Text({ron_string(text_of(int(cap * share)))}),'
        lines.append(line)
    if share >= 1:
        # Unanswered text questions and every "anders" at its cap too.
        answered = set(re.findall(r'"([a-z_]+\.[a-z_]+)":', "\n".join(lines)))
        extra = []
        for qid, kind in kind_of.items():
            if qid in answered or qid.startswith("organisatie.contact"):
                continue
            if kind in ("Text", "LongText"):
                cap = LONG_TEXT_MAX if kind == "LongText" else TEXT_MAX
                extra.append(f'        "{qid}": Text({ron_string(text_of(cap))}),')
        at = next(i for i, l in enumerate(lines) if l.strip() == "answers: {")
        lines[at + 1 : at + 1] = extra
        other = ron_string(text_of(TEXT_MAX))
        lines = [
            re.sub(r"Choices\(ids: \[(.*)\]\)", rf'Choices(ids: [\1, "anders"], other: Some({other}))', l)
            if any(f'"{q}"' in l for q in with_other) and '"anders"' not in l
            else l
            for l in lines
        ]
    return "\n".join(lines) + "\n"


def beyond_caps(ron, times):
    """Every long answer `times` as long: a profile from before the caps, or edited elsewhere
    (the app opens it whole; only typing stops at the cap)."""
    return re.sub(r'Text\("([^"]{1000,})"\)', lambda m: 'Text("' + " ".join([m.group(1)] * times)
                  + '")', ron)


def structure(pdf):
    """The brief's structure tree as poppler reads it (`pdfinfo -struct-text`): a list of
    (tag, text, children) with each element's text lines joined."""
    out = subprocess.run(["pdfinfo", "-struct-text", str(pdf)], check=True, capture_output=True,
                         text=True).stdout
    root = ("Document", [], [])
    stack = [(-1, root)]
    for line in out.splitlines():
        if not line.strip():
            continue
        depth = len(line) - len(line.lstrip(" "))
        item = line.strip()
        while stack[-1][0] >= depth:
            stack.pop()
        parent = stack[-1][1]
        if item.startswith('"'):
            parent[1].append(item[1:-1])
        elif not item.startswith("/"):
            node = (item.split(" ")[0].rstrip(":"), [], [])
            parent[2].append(node)
            stack.append((depth, node))
    return root


def text(node):
    """All the text of an element and its descendants, lines joined with a space."""
    own = " ".join(t for t in node[1] if t)
    inner = " ".join(text(child) for child in node[2])
    return " ".join(t for t in (own, inner) if t)


def blocks(root):
    """The document's blocks in order: ("h", level, text), ("p", text), ("table", rows) with
    rows of (header, value), ("list", items)."""
    out = []
    for node in root[2][0][2] if root[2] and root[2][0][0] == "Document" else root[2]:
        tag = node[0]
        if tag in ("H1", "H2", "H3"):
            out.append(("h", int(tag[1]), text(node)))
        elif tag == "Table":
            rows = [tuple(text(cell) for cell in row[2]) for row in node[2] if row[0] == "TR"]
            out.append(("table", rows))
        elif tag == "L":
            items = [text(next((c for c in li[2] if c[0] == "LBody"), li)) for li in node[2]]
            out.append(("list", items))
        elif tag == "Figure":
            continue  # the chart: drawn, not text; its values stand in the table beside it
        else:
            out.append(("p", text(node)))
    return out


def typst_source(doc):
    head = ('#set page(paper: "a4", margin: (x: 20mm, top: 17mm, bottom: 22mm), '
            'footer: context align(right, counter(page).display("1 / 1", both: true)))\n'
            '#set text(font: "Noto Sans", size: 9.5pt, lang: "nl")\n'
            '#show heading: set text(size: 12.5pt)\n\n')
    # Every text as a string literal: nothing in the answers is read as markup.
    q = lambda t: json.dumps(t, ensure_ascii=False)
    parts = []
    for block in doc:
        if block[0] == "h":
            parts.append(f"#heading(level: {block[1]}, {q(block[2])})")
        elif block[0] == "p":
            parts.append("#" + q(block[1]))
        elif block[0] == "table":
            cells = ", ".join(f"strong({q(r[0])}), {q(r[1] if len(r) > 1 else '')}"
                              for r in block[1])
            parts.append(f"#table(columns: (35%, 1fr), stroke: none, {cells})")
        elif block[0] == "list":
            parts.append("#list(" + ", ".join(q(i) for i in block[1]) + ")")
    return head + "\n\n".join(parts) + "\n"


def html_source(doc):
    e = html.escape
    parts = []
    for block in doc:
        if block[0] == "h":
            parts.append(f"<h{block[1]}>{e(block[2])}</h{block[1]}>")
        elif block[0] == "p":
            parts.append(f"<p>{e(block[1])}</p>")
        elif block[0] == "table":
            rows = "".join(f"<tr><th>{e(r[0])}</th><td>{e(r[1] if len(r) > 1 else '')}</td></tr>"
                           for r in block[1])
            parts.append(f"<table>{rows}</table>")
        elif block[0] == "list":
            parts.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in block[1]) + "</ul>")
    body = "\n".join(parts)
    return ('<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Brief</title>'
            '<style>body { font-family: "Noto Sans"; font-size: 9.5pt; } '
            'th { text-align: left; vertical-align: top; width: 35%; }</style></head>'
            f"<body>\n{body}\n</body></html>\n")


def pages(pdf):
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def timed(cmd, env=None):
    start = time.perf_counter()
    result = subprocess.run(cmd, capture_output=True, env=env)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"{cmd[0]} failed ({result.returncode}): {result.stderr.decode(errors='replace')}")
    return elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--binary", default=str(ROOT / "target/release/behoeftewijzer"))
    parser.add_argument("--keep", help="keep the generated files in this folder")
    args = parser.parse_args()
    binary = Path(args.binary)
    for tool in ("typst", "soffice", "pdfinfo"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is not on PATH (see this script's header)")
    if not binary.exists():
        sys.exit(f"{binary} does not exist: run `cargo build --release` first")
    version = subprocess.run(["typst", "--version"], capture_output=True, text=True).stdout.strip()
    work = Path(args.keep or tempfile.mkdtemp(prefix="brief-vs-"))
    work.mkdir(parents=True, exist_ok=True)
    lo_profile = (work / "lo-profile").as_uri()
    example = EXAMPLE.read_text(encoding="utf-8")
    cases = [
        ("the example", example, []),
        ("longer answers", grown(example, 0.55), []),
        ("every answer at its cap, with the e-mail", grown(example, 1.0), ["--with-email"]),
        ("an older profile, answers 5× the cap", beyond_caps(grown(example, 1.0), 5),
         ["--with-email"]),
    ]
    print(f"{version}; LibreOffice {lo_version()}; {args.runs} runs each, medians")
    print(f"{'profile':<42} {'pages':>11} {'this app':>9} {'typst':>9} {'(own fonts)':>11} "
          f"{'LibreOffice':>12} {'× typst':>8} {'(own)':>6} {'× LO':>6}")
    for n, (name, ron, flags) in enumerate(cases):
        profile = work / f"profile-{n}.ron"
        profile.write_text(ron, encoding="utf-8")
        ours_pdf = work / f"brief-{n}.pdf"
        ours = [str(binary), "brief", str(profile), "-o", str(ours_pdf), "--force",
                "--allow-personal-data", *flags]
        timed(ours)
        doc = blocks(structure(ours_pdf))
        typ = work / f"brief-{n}.typ"
        typ.write_text(typst_source(doc), encoding="utf-8")
        page = work / f"brief-{n}.html"
        page.write_text(html_source(doc), encoding="utf-8")
        typst = ["typst", "compile", "--font-path", str(ROOT / "assets/fonts"), str(typ),
                 str(work / f"typst-{n}.pdf")]
        typst_own = ["typst", "compile", "--ignore-system-fonts", "--font-path",
                     str(ROOT / "assets/fonts"), str(typ), str(work / f"typst-own-{n}.pdf")]
        lo_out = work / f"lo-{n}"
        lo = ["soffice", f"-env:UserInstallation={lo_profile}", "--headless", "--convert-to",
              "pdf:writer_web_pdf_Export", "--outdir", str(lo_out), str(page)]
        for cmd in (typst, typst_own, lo):  # warm-up: caches, LibreOffice's user profile
            timed(cmd)
        times = {"ours": [], "typst": [], "typst_own": [], "lo": []}
        for _ in range(args.runs):
            times["ours"].append(timed(ours))
            times["typst"].append(timed(typst))
            times["typst_own"].append(timed(typst_own))
            times["lo"].append(timed(lo))
        med = {k: statistics.median(v) for k, v in times.items()}
        counts = f"{pages(ours_pdf)}/{pages(work / f'typst-{n}.pdf')}/{pages(lo_out / f'brief-{n}.pdf')}"
        print(f"{name:<42} {counts:>11} {med['ours'] * 1000:>7.1f}ms {med['typst'] * 1000:>7.1f}ms "
              f"{med['typst_own'] * 1000:>9.1f}ms {med['lo'] * 1000:>10.1f}ms "
              f"{med['typst'] / med['ours']:>7.1f}× {med['typst_own'] / med['ours']:>5.1f}× "
              f"{med['lo'] / med['ours']:>5.1f}×")
    print("pages: this app / typst / LibreOffice, on the same document")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


def lo_version():
    out = subprocess.run(["soffice", "--version"], capture_output=True, text=True).stdout
    return out.split()[1] if out.split() else "?"


if __name__ == "__main__":
    os.environ.setdefault("LC_ALL", "C.UTF-8")
    main()
