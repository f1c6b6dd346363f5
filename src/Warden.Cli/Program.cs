namespace Warden.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        Console.Error.WriteLine("warden: not yet implemented");
        return 2;
    }
}
