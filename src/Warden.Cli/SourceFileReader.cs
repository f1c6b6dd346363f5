namespace Warden.Cli;

/// <summary>Reads a source file's bytes, naming a failure as the Python <c>OSError</c> subclass CPython would raise.</summary>
internal static class SourceFileReader
{
    public static bool TryRead(string path, out byte[] contents, out string? pythonErrorName)
    {
        try
        {
            contents = File.ReadAllBytes(path);
            pythonErrorName = null;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            contents = [];
            pythonErrorName = e switch
            {
                FileNotFoundException or DirectoryNotFoundException => "FileNotFoundError",
                UnauthorizedAccessException when Directory.Exists(path) => "IsADirectoryError",
                UnauthorizedAccessException => "PermissionError",
                _ => "OSError",
            };
            Console.Error.WriteLine($"warden: cannot read '{path}': {e.Message}");
            return false;
        }
    }
}
