import io, re, unittest
class T(unittest.TestCase):
    def test_ok(self):
        self.assertIn(2, [1, 2])
    def test_ok_too(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
if __name__ == "__main__":
    stream = io.StringIO()
    program = unittest.main(exit=False, verbosity=2, testRunner=unittest.TextTestRunner(stream=stream, verbosity=2))
    print(re.sub(r"in [\d.]+s", "in <time>", stream.getvalue()))
    print("success:", program.result.wasSuccessful(), program.result.testsRun)
