# unittest beyond the basics: fixtures, subTest, assertRaises context, diffs of containers,
# skips and the summary line (the time is normalised: it varies between runs).
import io, re, sys, unittest

log = []

class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass")

    def setUp(self):
        log.append("setUp " + self._testMethodName)

    def tearDown(self):
        log.append("tearDown")

    def test_almost_and_in(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertIn(3, [1, 2, 3])
        self.assertIsNone(None)
        self.assertIsInstance("s", str)

    def test_raises_context(self):
        with self.assertRaises(ValueError) as cm:
            int("x")
        self.assertEqual(str(cm.exception), "invalid literal for int() with base 10: 'x'")
        with self.assertRaisesRegex(KeyError, "miss"):
            {}["missing"]

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_dict_diff(self):
        self.assertDictEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})

    def test_list_diff(self):
        self.assertListEqual([1, 2, 3], [1, 2, 4, 5])

    def test_multiline(self):
        self.assertEqual("one\ntwo\nthree\n", "one\nTWO\nthree\n")

    @unittest.skipIf(sys.version_info >= (3,), "always on 3.x")
    def test_skipped(self):
        pass

class Other(unittest.TestCase):
    def test_fail_message(self):
        self.assertTrue(0, "zero is false")

    def test_ok(self):
        self.assertNotEqual(1, 2)

stream = io.StringIO()
program = unittest.main(argv=["prog", "-v"], exit=False, testRunner=unittest.TextTestRunner(stream=stream, verbosity=2))
text = re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests in <time>", stream.getvalue())
text = re.sub(r'File ".*?([^/"]+)"', r'File "\1"', text)
print(text)
result = program.result
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), result.wasSuccessful())
print(log)
