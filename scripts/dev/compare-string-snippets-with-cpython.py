#!/usr/bin/python3.11
"""Collects the f-string and string-literal snippets that CPython's own tests compile
(every str constant in the given test files that contains a string prefix and a quote),
writes them NUL-separated for the explicit test StringLiteralSnippetDump, and, given
Warden's results, compares them with CPython's.

Usage: compare-string-snippets-with-cpython.py collect OUT_SNIPPETS TEST_FILE...
       compare-string-snippets-with-cpython.py compare SNIPPETS WARDEN_RESULTS
"""
import ast
import re
import sys

LOOKS_LIKE_LITERAL = re.compile(r"""(^|[^A-Za-z0-9_])([rRbBuUfF]{0,2})(['"])""")


def result_of(source):
    try:
        return ast.dump(ast.parse(source), include_attributes=True).replace("\n", "\\n")
    except SyntaxError as e:
        text = "None" if e.text is None else e.text.replace("\n", "\\n")
        return "%s: %s (%s:%s-%s:%s) %s" % (type(e).__name__, e.msg, e.lineno, e.offset,
                                            e.end_lineno, e.end_offset, text)
    except (ValueError, RecursionError, MemoryError) as e:
        return "%s: %s" % (type(e).__name__, e)


def collect(out_path, files):
    snippets = []
    for path in files:
        tree = ast.parse(open(path, "rb").read())
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and "\0" not in node.value:
                if LOOKS_LIKE_LITERAL.search(node.value):
                    # eval() ignores leading blanks, so tests pass such snippets; keep both forms.
                    for text in {node.value, node.value.strip(" \t")}:
                        try:
                            snippets.append(text.encode("utf-8"))
                        except UnicodeEncodeError:
                            pass
    with open(out_path, "wb") as f:
        f.write(b"\0".join(snippets))
    print("%d snippets" % len(snippets))


def compare(snippets_path, results_path):
    snippets = open(snippets_path, "rb").read().split(b"\0")
    results = open(results_path, encoding="utf-8").read().split("\n")
    differ = 0
    for snippet, got in zip(snippets, results):
        want = result_of(snippet)
        if want != got:
            differ += 1
            print("source: %r\n  cpython: %s\n  warden:  %s" % (snippet.decode("utf-8"), want[:600], got[:600]))
    print("compared %d snippets, %d differ" % (len(snippets), differ))


if sys.argv[1] == "collect":
    collect(sys.argv[2], sys.argv[3:])
else:
    compare(sys.argv[2], sys.argv[3])
