import io, re, unittest
class TestMath(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)
    def test_fail(self):
        self.assertEqual([1, 2], [1, 3])
    def test_error(self):
        raise KeyError("boom")
    @unittest.skip("not today")
    def test_skip(self):
        pass
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)
suite = unittest.TestLoader().loadTestsFromTestCase(TestMath)
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
output = re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests in <time>", stream.getvalue())
output = re.sub(r'File ".*?([^/"]+)"', r'File "\1"', output)
print(output)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), len(result.expectedFailures), result.wasSuccessful())
