import unittest
from typing import Any

from tally import RetryPolicy, Tally, TallyError

from .fakes import FakeTransport, Sleeps, answer, error


def client(transport: FakeTransport, sleeps: Sleeps, **options: Any) -> Tally:
    return Tally(api_key="tly_sk_test", transport=transport, sleep=sleeps, **options)


class RetryTest(unittest.TestCase):
    def test_sends_a_get_again_after_the_retry_after_of_a_429(self) -> None:
        transport = FakeTransport(
            error(429, "rate_limited", headers={"Retry-After": "2"}), answer(data={"id": "me"})
        )
        sleeps = Sleeps()

        me = client(transport, sleeps).users.me()

        self.assertEqual(me, {"id": "me"})
        self.assertEqual(len(transport.requests), 2)
        self.assertEqual(len(sleeps.waits), 1)
        self.assertGreaterEqual(sleeps.waits[0], 2)
        self.assertLessEqual(sleeps.waits[0], 3)

    def test_sends_a_get_again_after_a_503(self) -> None:
        transport = FakeTransport(error(503, "service_unavailable"), answer(data={"id": "me"}))
        sleeps = Sleeps()

        client(transport, sleeps).users.me()

        self.assertEqual(len(transport.requests), 2)

    def test_gives_up_after_max_retries_with_the_last_error(self) -> None:
        transport = FakeTransport(
            *[error(429, "rate_limited", headers={"Retry-After": "1"}) for _ in range(4)]
        )
        sleeps = Sleeps()

        with self.assertRaises(TallyError) as raised:
            client(transport, sleeps, max_retries=3).users.me()

        self.assertEqual(raised.exception.code, "rate_limited")
        self.assertEqual(raised.exception.retry_after, 1.0)
        self.assertEqual(len(transport.requests), 4)
        self.assertEqual(len(sleeps.waits), 3)

    def test_does_not_wait_longer_than_max_retry_wait(self) -> None:
        transport = FakeTransport(
            error(429, "platform_quota_exhausted", headers={"Retry-After": "3600"})
        )
        sleeps = Sleeps()

        with self.assertRaises(TallyError) as raised:
            client(transport, sleeps).creators.sync_status("c1")

        self.assertEqual(raised.exception.retry_after, 3600.0)
        self.assertEqual(sleeps.waits, [])

    def test_sends_a_post_once_unless_asked(self) -> None:
        transport = FakeTransport(error(503, "service_unavailable"))
        sleeps = Sleeps()

        with self.assertRaises(TallyError):
            client(transport, sleeps).creators.sync("c1")

        self.assertEqual(len(transport.requests), 1)

    def test_sends_a_post_again_with_retry_true(self) -> None:
        transport = FakeTransport(
            error(429, "rate_limited", headers={"Retry-After": "1"}),
            answer(201, {"id": "k1", "key": "tly_sk_new"}),
        )
        sleeps = Sleeps()

        created = client(transport, sleeps).keys.create(
            name="job",
            type="secret",
            environment="production",
            roles=["read-only"],
            expires_in_days=30,
            retry=True,
        )

        self.assertEqual(created["id"], "k1")
        self.assertEqual(len(transport.requests), 2)

    def test_sends_a_get_again_when_no_answer_came(self) -> None:
        transport = FakeTransport(ConnectionResetError("reset"), answer(data={"id": "me"}))
        sleeps = Sleeps()

        client(transport, sleeps).users.me()

        self.assertEqual(len(transport.requests), 2)
        self.assertEqual(len(sleeps.waits), 1)

    def test_raises_connection_error_when_no_answer_ever_came(self) -> None:
        transport = FakeTransport(*[TimeoutError("timed out") for _ in range(3)])

        with self.assertRaises(TallyError) as raised:
            client(transport, Sleeps()).users.me()

        self.assertIsNone(raised.exception.status)
        self.assertEqual(raised.exception.code, "connection_error")
        self.assertEqual(len(transport.requests), 3)

    def test_does_not_retry_other_errors(self) -> None:
        transport = FakeTransport(error(404, "not_found"))

        with self.assertRaises(TallyError):
            client(transport, Sleeps()).keys.get("k1")

        self.assertEqual(len(transport.requests), 1)


class RetryPolicyTest(unittest.TestCase):
    def test_waits_at_least_retry_after_and_at_most_a_second_more(self) -> None:
        for fraction in (0.0, 0.999):
            policy = RetryPolicy(2, random_fraction=lambda: fraction)
            for attempt in range(3):
                delay = policy.delay(attempt, 5.0)
                assert delay is not None
                self.assertGreaterEqual(delay, 5.0)
                self.assertLessEqual(delay, 6.0)

    def test_backs_off_exponentially_with_jitter_up_to_max_delay(self) -> None:
        low = RetryPolicy(5, base_delay=0.5, max_delay=4.0, random_fraction=lambda: 0.0)
        high = RetryPolicy(5, base_delay=0.5, max_delay=4.0, random_fraction=lambda: 1.0)

        self.assertEqual([low.backoff(n) for n in range(5)], [0.25, 0.5, 1.0, 2.0, 2.0])
        self.assertEqual([high.backoff(n) for n in range(5)], [0.5, 1.0, 2.0, 4.0, 4.0])


if __name__ == "__main__":
    unittest.main()
