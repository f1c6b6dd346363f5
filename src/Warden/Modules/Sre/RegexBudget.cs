namespace Warden.Modules.Sre;

/// <summary>
/// Limits how much work one match may do, so that catastrophic backtracking can be interrupted
/// (DESIGN.md invariant 5). The matcher counts steps and consults the budget every
/// <see cref="CheckInterval"/> steps.
/// </summary>
public sealed class RegexBudget
{
    /// <summary>Creates a budget; either limit may be absent.</summary>
    /// <param name="maxSteps">Total matcher steps allowed, or a non-positive value for no step limit.</param>
    /// <param name="shouldStop">Called periodically; returning true interrupts the match (e.g. a deadline or a cancellation token).</param>
    public RegexBudget(long maxSteps = 0, System.Func<bool>? shouldStop = null)
    {
        MaxSteps = maxSteps;
        ShouldStop = shouldStop;
    }

    /// <summary>How many steps pass between two checks.</summary>
    public const int CheckInterval = 4096;

    /// <summary>Step limit (non-positive: none).</summary>
    public long MaxSteps { get; }

    /// <summary>Interrupt hook, or null.</summary>
    public System.Func<bool>? ShouldStop { get; }

    /// <summary>Steps spent so far by every match that used this budget.</summary>
    public long StepsUsed { get; private set; }

    /// <summary>Adds <paramref name="steps"/> without checking (a match that already ended).</summary>
    internal void Record(long steps) => StepsUsed += steps;

    /// <summary>Adds <paramref name="steps"/> and throws <see cref="RegexTimeoutException"/> when the budget is spent.</summary>
    public void Spend(long steps)
    {
        StepsUsed += steps;
        if (MaxSteps > 0 && StepsUsed > MaxSteps)
            throw new RegexTimeoutException("regular expression step budget exceeded");
        if (ShouldStop != null && ShouldStop())
            throw new RegexTimeoutException("regular expression matching was interrupted");
    }
}
