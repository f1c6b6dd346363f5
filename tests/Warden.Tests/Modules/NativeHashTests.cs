using Warden.Tests.Runtime;
using NUnit.Framework;

namespace Warden.Tests.Modules;

/// <summary>The native <c>_md5</c>/<c>_sha1</c>/<c>_sha256</c>/<c>_sha512</c> modules; digests are CPython 3.11's.</summary>
[TestFixture]
public class NativeHashTests
{
    [TestCase("_md5", "md5", "5d41402abc4b2a76b9719d911017c592")]
    [TestCase("_sha1", "sha1", "aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d")]
    [TestCase("_sha256", "sha224", "ea09ae9cc6768c50fcee903ed054556e5bfc8347907f12598aa24193")]
    [TestCase("_sha256", "sha256", "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824")]
    [TestCase("_sha512", "sha384", "59e1748777448c69de6b800d7a33bbfb9ff1b463e44354c3553bcdb9c666fa90125a3c79f90397bdf5f6a13de828684f")]
    [TestCase("_sha512", "sha512", "9b71d224bd62f3785d96d46ad3ea3d73319bfbc2890caadae2dff72519673ca72323c3d99ba5c11d7c7acc6e14b8c5da0c4663475c2e5c3adef46f73bcdec043")]
    public void DigestsHello(string module, string name, string expected)
    {
        string output = PythonRunner.Output($"import {module}\nprint({module}.{name}(b'hello').hexdigest())");
        Assert.That(output, Is.EqualTo(expected + "\n"));
    }

    [TestCase("_sha3", "sha3_256(b'abc').hexdigest()", "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532")]
    [TestCase("_sha3", "shake_128(b'abc').hexdigest(20)", "5881092dd818bf5cf8a3ddb793fbcba74097d5c5")]
    [TestCase("_blake2", "blake2s(b'abc').hexdigest()", "508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982")]
    [TestCase("_blake2", "blake2b(b'abc', digest_size=20, key=b'k', salt=b's', person=b'p').hexdigest()", "0c694d1f89100a1db6ed58b7322cc3f244ac769a")]
    [TestCase("_blake2", "blake2s(b'x' * 64, key=b'kk', last_node=True, node_offset=5, fanout=2, depth=3, leaf_size=7, node_depth=1, inner_size=9).hexdigest()",
        "5561998a97a9f82eefc1b10e8db4f128d53a656b0b6dc6223c6533fadf6cb642")]
    public void DigestsLikeCPython(string module, string expression, string expected)
    {
        string output = PythonRunner.Output($"import {module}\nprint({module}.{expression})");
        Assert.That(output, Is.EqualTo(expected + "\n"));
    }

    [Test]
    public void CopiesAreIndependentAndUpdatesAccumulate()
    {
        string output = PythonRunner.Output("""
            import _sha256
            h = _sha256.sha256(b'hel')
            c = h.copy()
            c.update(b'lo')
            print(h.hexdigest()[:16], c.hexdigest()[:16], c.name, c.digest_size, c.block_size, len(_sha256.sha256(b'x' * 1000).digest()))
            try:
                _sha256.sha256('a')
            except TypeError as e:
                print(e)
            """);
        Assert.That(output, Is.EqualTo("d6a81f224bbf2f7c 2cf24dba5fb0a30e sha256 32 64 32\nStrings must be encoded before hashing\n"));
    }
}
