#!/usr/bin/env python3
"""Cuts Noto Sans CJK down to the characters PreScreen's own texts use.

  subset-fonts.py OUT_DIR NOTO_DIR TS_FILE...

Writes PreScreenSansJP-{Regular,Bold}.otf and PreScreenSansSC-{Regular,Bold}.otf:
the Japanese and Simplified Chinese faces of Noto Sans CJK (the same outlines,
hinting and layout features, so text looks exactly as before) holding only
what the translations, the rule set's texts (which reach the .ts files) and
the name pads can show: ASCII and Latin-1, general punctuation, CJK symbols,
hiragana, katakana and the full-width forms. A patient's kanji that is not
among them is drawn from the full Noto Sans CJK, which the kiosk names
next. Why: the full collection is 19 MB a weight, and the kernel maps 64 kB
of it around every glyph touched, which made most of the kiosk's resident
memory (27 MB of font pages after a day of three languages).

The family names are changed (SIL Open Font License 1.1, section 3: a
modified version does not use the original's names).
"""
import html
import os
import re
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

RANGES = [(0x20, 0x7E), (0xA0, 0x17F), (0x2000, 0x206F), (0x2190, 0x21FF), (0x2460, 0x24FF),
          (0x25A0, 0x25FF), (0x3000, 0x30FF), (0x31F0, 0x31FF), (0xFF00, 0xFFEF)]
FACES = [("JP", 0), ("SC", 2)]  # face numbers in NotoSansCJK-*.ttc


def characters(ts_files):
    found = set()
    for path in ts_files:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for m in re.finditer(r"<(source|translation|numerusform)[^>]*>(.*?)</\1>", text, re.S):
            found.update(html.unescape(m.group(2)))
    for first, last in RANGES:
        found.update(chr(c) for c in range(first, last + 1))
    found.discard("\n")
    return "".join(sorted(found))


def main():
    out, noto, ts_files = sys.argv[1], sys.argv[2], sys.argv[3:]
    text = characters(ts_files)
    os.makedirs(out, exist_ok=True)
    for weight in ("Regular", "Bold"):
        for tag, number in FACES:
            options = subset.Options()
            options.font_number = number
            options.layout_features = ["*"]
            options.name_IDs = ["*"]
            options.name_languages = ["*"]
            options.notdef_outline = True
            options.hinting = True
            font = TTFont(os.path.join(noto, f"NotoSansCJK-{weight}.ttc"), fontNumber=number)
            subsetter = subset.Subsetter(options)
            subsetter.populate(text=text)
            subsetter.subset(font)
            for record in font["name"].names:
                if record.nameID in (1, 3, 4, 6, 16, 17, 21, 22):
                    record.string = (record.toUnicode().replace("Noto Sans CJK", "PreScreen Sans")
                                     .replace("NotoSansCJK", "PreScreenSans"))
            target = os.path.join(out, f"PreScreenSans{tag}-{weight}.otf")
            font.save(target + ".part")
            os.replace(target + ".part", target)
    print(f"{len(text)} characters in 4 fonts in {out}")


main()
