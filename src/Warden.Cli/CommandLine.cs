namespace Warden.Cli;

/// <summary>The parsed command line: one action and the files it applies to.</summary>
internal sealed class CommandLine
{
    // Tiered compilation with PGO first instruments hot methods (passes 2-4 run slower than the
    // first), then reaches its fastest code around pass 6: 10 passes show the steady state.
    public const int DefaultBenchmarkPasses = 10;

    public CliAction Action { get; private init; }
    public IReadOnlyList<string> Files { get; private init; } = [];
    /// <summary>Total passes of <c>--parse-benchmark</c>, the first one being the cold pass.</summary>
    public int BenchmarkPasses { get; private init; } = DefaultBenchmarkPasses;
    /// <summary>
    /// For <see cref="CliAction.RunProgram"/>: what to run and its <c>sys.argv</c>, as python3.11
    /// reads its command line: <c>-c CODE ARGS</c>, <c>-m MODULE ARGS</c>, <c>FILE ARGS</c>,
    /// <c>- ARGS</c> or nothing (standard input).
    /// </summary>
    public ProgramSpec Program { get; private init; } = new(ProgramKind.Stdin, "-", ["-"]);
    /// <summary>With <c>--dump-ast</c>: describe a failure fully instead of naming its class.</summary>
    public bool ErrorDetails { get; private init; }

    /// <summary>Parses <paramref name="args"/>; throws <see cref="UsageException"/> when they make no sense.</summary>
    public static CommandLine Parse(string[] args)
    {
        if (args.Length == 0)
            return new CommandLine { Action = CliAction.RunProgram, Program = new(ProgramKind.Stdin, "-", [""]) };

        CliAction? action = null;
        var files = new List<string>();
        int passes = DefaultBenchmarkPasses;
        bool errorDetails = false;
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            switch (arg)
            {
                case "-h" or "--help":
                    return new CommandLine { Action = CliAction.Help };
                case "-V" or "--version":
                    return new CommandLine { Action = CliAction.Version };
                case "--dump-ast":
                    action = SetOnce(action, CliAction.DumpAst);
                    break;
                case "--parse-benchmark":
                    action = SetOnce(action, CliAction.ParseBenchmark);
                    break;
                case "--error-details":
                    errorDetails = true;
                    break;
                case "--passes":
                    passes = ParsePasses(ValueOf(args, ref i));
                    break;
                case "--files-from":
                    files.AddRange(ReadFileList(ValueOf(args, ref i)));
                    break;
                case "-c" or "-m":
                    if (action is not null) throw new UsageException($"'{arg}' cannot follow {action}");
                    string target = ValueOf(args, ref i);
                    return new CommandLine
                    {
                        Action = CliAction.RunProgram,
                        Program = arg == "-c"
                            ? new(ProgramKind.Code, target, ["-c", .. args[(i + 1)..]])
                            : new(ProgramKind.Module, target, [target, .. args[(i + 1)..]]),
                    };
                case "-i" when action is null && i == args.Length - 1:
                    // As python3.11 -i without a script: the prompt, even when standard input is not a terminal.
                    return new CommandLine { Action = CliAction.RunProgram, Program = new(ProgramKind.Interactive, "-i", [""]) };
                case "-" when action is null:
                    return new CommandLine { Action = CliAction.RunProgram, Program = new(ProgramKind.Stdin, "-", ["-", .. args[(i + 1)..]]) };
                case "--":
                    files.AddRange(args.Skip(i + 1));
                    i = args.Length;
                    break;
                default:
                    if (arg.Length > 1 && arg[0] == '-')
                        throw new UsageException($"unknown option '{arg}'");
                    if (action is null)
                        // `warden script.py [args]`: everything after the script belongs to the script.
                        return new CommandLine { Action = CliAction.RunProgram, Program = new(ProgramKind.File, arg, args[i..]) };
                    files.Add(arg);
                    break;
            }
        }

        if (action is null)
            throw new UsageException("no action given");
        if (files.Count == 0)
            throw new UsageException($"{(action == CliAction.DumpAst ? "--dump-ast" : "--parse-benchmark")} needs at least one FILE");
        if (errorDetails && action != CliAction.DumpAst)
            throw new UsageException("--error-details goes with --dump-ast");
        return new CommandLine { Action = action.Value, Files = files, BenchmarkPasses = passes, ErrorDetails = errorDetails };
    }

    private static CliAction SetOnce(CliAction? current, CliAction wanted)
    {
        if (current is not null && current != wanted)
            throw new UsageException("--dump-ast and --parse-benchmark cannot be combined");
        return wanted;
    }

    private static string ValueOf(string[] args, ref int i)
    {
        if (i + 1 >= args.Length)
            throw new UsageException($"option '{args[i]}' needs a value");
        return args[++i];
    }

    private static int ParsePasses(string text)
    {
        if (!int.TryParse(text, out int passes) || passes < 1)
            throw new UsageException($"--passes needs a positive number, not '{text}'");
        return passes;
    }

    private static IEnumerable<string> ReadFileList(string listPath)
    {
        try
        {
            string[] lines = listPath == "-"
                ? Console.In.ReadToEnd().Split('\n')
                : File.ReadAllLines(listPath);
            return lines.Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0).ToArray();
        }
        catch (IOException e)
        {
            throw new UsageException($"cannot read file list '{listPath}': {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            throw new UsageException($"cannot read file list '{listPath}': {e.Message}");
        }
    }
}

/// <summary>What <c>warden</c> runs: a file, <c>-c</c> code, a <c>-m</c> module, standard input, or the prompt (<c>-i</c>).</summary>
internal enum ProgramKind { File, Code, Module, Stdin, Interactive }

/// <summary>The program to run: its kind, the file/code/module text, and <c>sys.argv</c>.</summary>
internal sealed record ProgramSpec(ProgramKind Kind, string Target, string[] Argv);
