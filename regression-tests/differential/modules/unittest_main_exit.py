import unittest
class T(unittest.TestCase):
    def test_ok(self):
        self.assertIn(2, [1, 2])
    def test_ok_too(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
if __name__ == "__main__":
    program = unittest.main(exit=False, verbosity=0)
    print("success:", program.result.wasSuccessful(), program.result.testsRun)
