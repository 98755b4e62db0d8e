"""The client against a running Tally (test/e2e/src/sdks/python-sdk.spec.ts starts one).

Skipped unless TALLY_BASE_URL is set; the spec also sets:
  TALLY_API_KEY             a full-access production key
  TALLY_CLIENT_ID/SECRET    an OAuth client with the read-only role
  TALLY_RATE_LIMITED_KEY    a development key whose pool allows a few requests at a time
  TALLY_CREATORS            JSON: [{"id": ..., "videos": n}, ...], the account's connected creators
"""

import json
import os
import time
import unittest
import uuid
from typing import Any, Dict, List, Optional, Tuple

from tally import HttpRequest, HttpResponse, Tally, TallyError, UrllibTransport

BASE_URL = os.environ.get("TALLY_BASE_URL")
REVOCATION_DEADLINE_SECONDS = 10.0


class Recording:
    """The real transport, remembering each exchange: (method, path, status, Retry-After)."""

    def __init__(self) -> None:
        self._inner = UrllibTransport()
        self.exchanges: List[Tuple[str, str, int, Optional[str]]] = []

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self._inner(request)
        path = request.url[len(BASE_URL or "") :].split("?")[0]
        retry_after = response.header("retry-after")
        self.exchanges.append((request.method, path, response.status, retry_after))
        return response


class RecordingSleep:
    def __init__(self) -> None:
        self.waits: List[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
        time.sleep(seconds)


def env(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise AssertionError(f"{name} is not set")
    return value


@unittest.skipUnless(BASE_URL, "TALLY_BASE_URL is not set: no Tally to talk to")
class LiveTest(unittest.TestCase):
    creators: List[Dict[str, Any]]

    @classmethod
    def setUpClass(cls) -> None:
        cls.creators = json.loads(env("TALLY_CREATORS"))

    def with_key(self, key: Optional[str] = None, **options: Any) -> Tally:
        return Tally(api_key=key or env("TALLY_API_KEY"), base_url=env("TALLY_BASE_URL"), **options)

    def with_client_credentials(self, **options: Any) -> Tally:
        return Tally(
            client_id=env("TALLY_CLIENT_ID"),
            client_secret=env("TALLY_CLIENT_SECRET"),
            base_url=env("TALLY_BASE_URL"),
            **options,
        )

    def test_signs_in_with_an_api_key(self) -> None:
        me = self.with_key().users.me()

        self.assertEqual(me["credential"]["type"], "secret_key")
        self.assertIn("keys:write", me["permissions"])

    def test_signs_in_with_client_credentials_and_keeps_the_token(self) -> None:
        recording = Recording()
        tally = self.with_client_credentials(transport=recording)

        me = tally.users.me()
        first = tally.creators.list(limit=100).first_page()

        self.assertEqual(me["credential"]["type"], "oauth_client")
        self.assertEqual(me["permissions"], ["creators:read"])
        self.assertEqual({c["id"] for c in first}, {c["id"] for c in self.creators})
        self.assertEqual(
            [(method, path) for method, path, _, _ in recording.exchanges],
            [("POST", "/oauth/token"), ("GET", "/api/v1/users/me"), ("GET", "/api/v1/creators")],
        )

    def test_pages_through_every_creator_two_at_a_time(self) -> None:
        recording = Recording()
        tally = self.with_key(transport=recording)

        listed = [creator["id"] for creator in tally.creators.list(limit=2)]

        self.assertGreater(len(self.creators), 2)
        self.assertEqual(sorted(listed), sorted(c["id"] for c in self.creators))
        self.assertEqual(len(recording.exchanges), (len(self.creators) + 1) // 2)
        pages = list(tally.creators.list(limit=2).pages())
        self.assertEqual([len(page) for page in pages[:-1]], [2] * (len(pages) - 1))
        self.assertIsNone(pages[-1].next_cursor)

    def test_creates_a_key_that_works_until_it_is_revoked(self) -> None:
        tally = self.with_key()
        created = tally.keys.create(
            name=f"python sdk {uuid.uuid4().hex[:8]}",
            type="secret",
            environment="production",
            roles=["read-only"],
            expires_in_days=30,
            metadata={"by": "test_live"},
        )
        self.assertTrue(created["key"].startswith("tly_sk_"))
        new = self.with_key(created["key"], max_retries=0)
        self.assertEqual(new.users.me()["credential"]["id"], created["id"])

        revoked = tally.keys.revoke(created["id"])

        self.assertIsNotNone(revoked["revokedAt"])
        self.assertIsNotNone(tally.keys.get(created["id"])["revokedAt"])
        error = self.refusal_within_deadline(new)
        self.assertEqual((error.status, error.code), (401, "unauthorized"))

    def refusal_within_deadline(self, tally: Tally) -> TallyError:
        deadline = time.monotonic() + REVOCATION_DEADLINE_SECONDS
        while True:
            try:
                tally.users.me()
            except TallyError as error:
                return error
            if time.monotonic() > deadline:
                self.fail("the revoked key still works")
            time.sleep(0.1)

    def test_reads_a_creators_videos_page_after_page(self) -> None:
        creator = max(self.creators, key=lambda c: c["videos"])
        tally = self.with_key()

        videos = list(tally.creators.videos(creator["id"], limit=20))
        profile = tally.creators.get(creator["id"])

        self.assertGreater(creator["videos"], 20)
        self.assertEqual(len(videos), creator["videos"])
        self.assertEqual(len({video["id"] for video in videos}), len(videos))
        self.assertEqual(profile["id"], creator["id"])
        self.assertEqual(profile["platform"], "TIKTOK")

    def test_syncs_a_creator_and_reads_its_stats_history(self) -> None:
        creator = self.creators[0]
        tally = self.with_key()

        outcome = tally.creators.sync(creator["id"])
        status = tally.creators.sync_status(creator["id"])
        history = tally.creators.stats_history(creator["id"], from_="2000-01-01", limit=100)

        self.assertIn(outcome["synced"], (True, False))
        self.assertEqual(status["creatorId"], creator["id"])
        self.assertEqual(status["trigger"], "manual")
        self.assertGreaterEqual(len(history["items"]), 1)
        self.assertTrue(history["from"].startswith("2000-01-01"))

    def test_waits_out_a_429_and_sends_the_request_again(self) -> None:
        recording = Recording()
        sleep = RecordingSleep()
        tally = self.with_key(
            env("TALLY_RATE_LIMITED_KEY"), transport=recording, sleep=sleep, max_retries=5
        )

        # The pool allows a few requests per window: keep asking until it refuses one.
        for _ in range(30):
            tally.users.me()
            if any(status == 429 for _, _, status, _ in recording.exchanges):
                break

        statuses = [status for _, _, status, _ in recording.exchanges]
        self.assertIn(429, statuses, "30 requests and the pool never refused one")
        refused = statuses.index(429)
        retry_after = recording.exchanges[refused][3]
        self.assertIsNotNone(retry_after)
        self.assertEqual(statuses[-1], 200)
        self.assertGreaterEqual(sleep.waits[0], float(retry_after or 0))

    def test_raises_not_found_for_a_creator_that_is_not_there(self) -> None:
        with self.assertRaises(TallyError) as raised:
            self.with_key().creators.get(str(uuid.uuid4()))

        self.assertEqual((raised.exception.status, raised.exception.code), (404, "not_found"))
        self.assertTrue(raised.exception.request_id)
        self.assertTrue(raised.exception.message)

    def test_raises_insufficient_scope_for_a_permission_the_credential_lacks(self) -> None:
        with self.assertRaises(TallyError) as raised:
            self.with_client_credentials().keys.create(
                name="not allowed",
                type="secret",
                environment="production",
                roles=["read-only"],
                expires_in_days=30,
            )

        error = raised.exception
        self.assertEqual((error.status, error.code), (403, "insufficient_scope"))


if __name__ == "__main__":
    unittest.main()
