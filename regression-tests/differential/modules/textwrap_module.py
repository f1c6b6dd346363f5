import textwrap
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, 40, initial_indent="> ", subsequent_indent="  "))
print(textwrap.shorten(text, 50, placeholder=" [...]"))
print(textwrap.dedent("""
    indented
      more
    back
"""))
print(textwrap.indent("a\nb\n\nc", "+ "))
