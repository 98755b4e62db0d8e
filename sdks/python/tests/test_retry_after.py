import unittest

from tally import parse_retry_after

NOW = 1_767_225_600.0  # 2026-01-01T00:00:00Z


class ParseRetryAfterTest(unittest.TestCase):
    def test_reads_delay_seconds(self) -> None:
        self.assertEqual(parse_retry_after("3"), 3.0)
        self.assertEqual(parse_retry_after(" 0 "), 0.0)

    def test_reads_an_http_date_as_the_seconds_until_then(self) -> None:
        self.assertEqual(parse_retry_after("Thu, 01 Jan 2026 00:00:30 GMT", now=NOW), 30.0)

    def test_reads_a_date_already_past_as_no_wait(self) -> None:
        self.assertEqual(parse_retry_after("Wed, 31 Dec 2025 23:59:00 GMT", now=NOW), 0.0)

    def test_gives_none_for_a_missing_or_unreadable_header(self) -> None:
        for value in (None, "", "soon", "-1", "1e3", "Thu, 99 Foo 2026"):
            with self.subTest(value=value):
                self.assertIsNone(parse_retry_after(value, now=NOW))


if __name__ == "__main__":
    unittest.main()
