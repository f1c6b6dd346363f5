using Warden.Runtime;

namespace Warden.Modules.Io;

/// <summary>
/// Buffered writers holding data not yet written. CPython writes such data when the file object
/// is freed (reference counting makes that immediate) and at exit; the host's collector gives no
/// such moment, so Warden writes it before any file is opened and when a program ends. That keeps
/// <c>open(p, 'w').write(s)</c> followed by reading <c>p</c>, and unflushed output, as in CPython.
/// </summary>
internal static class PendingWrites
{
    private static readonly List<WeakReference<PyBuffered>> s_writers = [];

    /// <summary>Records a writer whose buffer just became non-empty.</summary>
    public static void Add(PyBuffered writer)
    {
        lock (s_writers) s_writers.Add(new WeakReference<PyBuffered>(writer));
    }

    /// <summary>Writes out every pending buffer; failures are ignored, as CPython ignores them in finalizers.</summary>
    public static void FlushAll()
    {
        PyBuffered[] writers;
        lock (s_writers)
        {
            if (s_writers.Count == 0) return;
            writers = s_writers.Select(w => w.TryGetTarget(out var b) ? b : null).OfType<PyBuffered>().ToArray();
            s_writers.Clear();
        }
        foreach (var writer in writers)
        {
            try
            {
                writer.FlushWrites();
            }
            catch (PythonException)
            {
                // A closed or failing stream: nothing more can be written for it.
            }
        }
    }
}
