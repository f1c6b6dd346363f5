namespace Warden.Cli;

/// <summary>The text <c>warden --help</c> prints.</summary>
internal static class HelpText
{
    public const string Text = """
        usage: warden FILE [ARG...]
               warden -c CODE [ARG...]
               warden -m MODULE [ARG...]
               warden - [ARG...]            (the program comes from standard input)
               warden [-i]                  (the interactive prompt; without -i only on a terminal)
               warden --dump-ast [--error-details] FILE...
               warden --parse-benchmark [--passes N] FILE...
               warden --version | --help

        Warden is a Python 3.11 runtime for .NET. With no argument on a terminal it starts the
        interactive prompt; otherwise it reads the program from standard input.
        Exit status of a program: 0, 1 for an uncaught exception, or SystemExit's code.

        options:
          --dump-ast FILE...         for each file print one line: the path, a TAB, then
                                     ast.dump(ast.parse(<file bytes>), include_attributes=True)
                                     exactly as CPython 3.11 prints it, or the name of the
                                     exception class (SyntaxError, IndentationError, TabError,
                                     ValueError, MemoryError, RecursionError) when the file
                                     does not parse
          --error-details            with --dump-ast: describe a failure as
                                     "Type: msg (lineno:offset-end_lineno:end_offset) text"
          --parse-benchmark FILE...  read all files into memory, parse them all (no dump)
                                     N times in this process, print the "cold" (first) and
                                     "best" pass times in seconds
          --passes N                 number of --parse-benchmark passes (default 10)
          --files-from LIST          also take file paths from LIST, one per line ('-': stdin)
          -V, --version              print the version and exit
          -h, --help                 print this help and exit

        exit status of --dump-ast/--parse-benchmark: 0 on success, 1 when a file could not be
        read or Warden failed internally; 2 for usage errors and for features not implemented yet.

        """;
}
