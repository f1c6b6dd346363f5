using System.Collections;
using System.Reflection;

namespace Warden.Hosting;

/// <summary>What Python code does to a host member: read it, write it, or call it.</summary>
public enum ClrAccess
{
    /// <summary>Reads a property or field.</summary>
    Get,
    /// <summary>Writes a property or field.</summary>
    Set,
    /// <summary>Calls a method (a delegate is called through its <c>Invoke</c> method).</summary>
    Call,
}

/// <summary>
/// One member of a host type as Python reaches it, with the kind of access. Every use of a host
/// object from Python is described by one of these and performed by <see cref="ClrBridge.Invoke"/>,
/// so a policy can decide per member and per access.
/// </summary>
public sealed class ClrMember
{
    internal static readonly ClrMember EnumeratorMoveNext = new(typeof(IEnumerator).GetMethod(nameof(IEnumerator.MoveNext))!, ClrAccess.Call);
    internal static readonly ClrMember EnumeratorCurrent = new(typeof(IEnumerator).GetProperty(nameof(IEnumerator.Current))!, ClrAccess.Get);
    internal static readonly ClrMember GetEnumerator = new(typeof(IEnumerable).GetMethod(nameof(IEnumerable.GetEnumerator))!, ClrAccess.Call);
    internal static readonly ClrMember CollectionCount = new(typeof(ICollection).GetProperty(nameof(ICollection.Count))!, ClrAccess.Get);
    internal static readonly ClrMember ObjectToString = new(typeof(object).GetMethod(nameof(ToString), Type.EmptyTypes)!, ClrAccess.Call);
    internal static readonly ClrMember ObjectEquals = new(typeof(object).GetMethod(nameof(Equals), [typeof(object)])!, ClrAccess.Call);
    internal static readonly ClrMember ObjectGetHashCode = new(typeof(object).GetMethod(nameof(GetHashCode), Type.EmptyTypes)!, ClrAccess.Call);

    internal ClrMember(MemberInfo member, ClrAccess access)
    {
        Member = member;
        Access = access;
    }

    /// <summary>The property, field or method.</summary>
    public MemberInfo Member { get; }

    /// <summary>Whether Python reads, writes or calls it.</summary>
    public ClrAccess Access { get; }

    /// <summary>"Type.Member", for messages.</summary>
    public override string ToString() => $"{Member.DeclaringType?.Name}.{Member.Name}";
}
