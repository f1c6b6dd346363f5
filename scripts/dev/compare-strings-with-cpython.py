#!/usr/bin/python3.11
"""Compares Warden's string-run dumps (from the explicit test StringLiteralStdlibDump) with
CPython 3.11's dumps of the same expressions, matched by position.

Usage: compare-strings-with-cpython.py FILE_LIST WARDEN_DUMP
Prints every difference and a summary; exit status 1 when something differs.
"""
import ast
import sys


def cpython_dumps(path):
    with open(path, "rb") as f:
        source = f.read()
    tree = ast.parse(source)
    found = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr) or (
                isinstance(node, ast.Constant) and isinstance(node.value, (str, bytes))):
            key = (node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)
            # A JoinedStr's parts share its span; the outermost node (walked first) is the one
            # to compare, and a JoinedStr wins over a Constant part that was walked earlier.
            if key not in found or (isinstance(node, ast.JoinedStr) and not found[key].startswith("JoinedStr")):
                found[key] = ast.dump(node, include_attributes=True)
    return found


def main():
    paths = [p for p in open(sys.argv[1]).read().split("\n") if p]
    warden = {}
    for line in open(sys.argv[2], encoding="utf-8").read().split("\n"):
        if not line:
            continue
        path, l, c, el, ec, dump = line.split("|", 5)
        warden.setdefault(path, {})[(int(l), int(c), int(el), int(ec))] = dump
    compared = differ = skipped_files = 0
    for path in paths:
        try:
            expected = cpython_dumps(path)
        except (SyntaxError, ValueError):
            skipped_files += 1
            continue
        for key, dump in warden.get(path, {}).items():
            compared += 1
            want = expected.get(key)
            if want != dump:
                differ += 1
                print("%s:%s\n  cpython: %s\n  warden:  %s" % (path, key, want, dump))
    print("compared %d string runs, %d differ, %d files skipped (CPython rejects them)"
          % (compared, differ, skipped_files))
    sys.exit(1 if differ else 0)


main()
