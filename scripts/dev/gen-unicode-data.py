#!/usr/bin/python3.11
"""Generates src/Warden/Modules/Data/UnicodeData.txt.gz, the property database behind Warden's
unicodedata module, from CPython 3.11's unicodedata (Unicode 14).

Run with Debian's /usr/bin/python3.11 (its unicodedata is the reference).

Format (UTF-8 text, gzip-compressed), one line per run of code points with equal properties:
  <first>[-<last>];<category>;<bidirectional>;<combining>;<east_asian_width>;<mirrored>;
  <decomposition>;<decimal>;<digit>;<numeric>;<composes>
first/last are hex; decimal/digit are empty or an int; numeric is empty or repr(float);
composes is 1 for a canonical pair decomposition that NFC recomposes (a primary composite).
Runs cover every code point from 0 to 0x10FFFF.

Usage: scripts/dev/gen-unicode-data.py
"""
import gzip
import os
import unicodedata as ud

assert ud.unidata_version == "14.0.0", ud.unidata_version

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "src", "Warden", "Modules", "Data", "UnicodeData.txt.gz")


def record(cp):
    ch = chr(cp)
    decomposition = ud.decomposition(ch)
    composes = (decomposition != "" and not decomposition.startswith("<")
                and len(decomposition.split()) == 2 and ud.normalize("NFC", ch) == ch)
    numeric = ud.numeric(ch, None)
    decimal = ud.decimal(ch, None)
    digit = ud.digit(ch, None)
    return (ud.category(ch), ud.bidirectional(ch), str(ud.combining(ch)), ud.east_asian_width(ch),
            str(ud.mirrored(ch)), decomposition,
            "" if decimal is None else str(decimal), "" if digit is None else str(digit),
            "" if numeric is None else repr(numeric), "1" if composes else "")


def main():
    lines = []
    start = 0
    current = record(0)
    for cp in range(1, 0x110000):
        r = record(cp)
        if r != current:
            lines.append(run(start, cp - 1, current))
            start, current = cp, r
    lines.append(run(start, 0x10FFFF, current))
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("\n".join(lines) + "\n")
    print(f"{len(lines)} runs written to {os.path.normpath(OUT)}")


def run(first, last, fields):
    span = f"{first:X}" if first == last else f"{first:X}-{last:X}"
    return span + ";" + ";".join(fields)


main()
