import base64
import unittest
from urllib.parse import parse_qsl

from tally import RetryPolicy, Tally, TallyError
from tally._api import ApiClient
from tally._auth import ClientCredentialsAuth
from tally._http import HttpClient

from .fakes import FakeTransport, Sleeps, answer, error


def token(value: str, expires_in: int = 3600):  # type: ignore[no-untyped-def]
    return answer(
        body={"access_token": value, "token_type": "bearer", "expires_in": expires_in, "scope": ""}
    )


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class ClientCredentialsTest(unittest.TestCase):
    def setUp(self) -> None:
        self.clock = Clock()

    def api(self, transport: FakeTransport, scope=None):  # type: ignore[no-untyped-def]
        http = HttpClient("http://tally.test", transport, RetryPolicy(2), Sleeps(), 5.0)
        auth = ClientCredentialsAuth(http, "tly_ci_a b", "s3cr:t", scope=scope, clock=self.clock)
        return ApiClient(http, auth), auth

    def test_trades_the_credentials_at_the_token_endpoint_with_http_basic(self) -> None:
        transport = FakeTransport(token("t1"))
        _, auth = self.api(transport, scope="creators:read")

        self.assertEqual(auth.token(), "t1")

        request = transport.requests[0]
        self.assertEqual((request.method, request.url), ("POST", "http://tally.test/oauth/token"))
        self.assertEqual(request.headers["content-type"], "application/x-www-form-urlencoded")
        basic = request.headers["authorization"].split(" ", 1)
        self.assertEqual(basic[0], "Basic")
        self.assertEqual(base64.b64decode(basic[1]).decode(), "tly_ci_a+b:s3cr%3At")
        self.assertEqual(
            dict(parse_qsl((request.body or b"").decode())),
            {"grant_type": "client_credentials", "scope": "creators:read"},
        )

    def test_keeps_the_token_until_a_minute_before_it_expires(self) -> None:
        transport = FakeTransport(token("t1", 3600), token("t2", 3600))
        _, auth = self.api(transport)

        first = auth.token()
        self.clock.now += 3600 - 61
        still = auth.token()
        self.clock.now += 1
        renewed = auth.token()

        self.assertEqual((first, still, renewed), ("t1", "t1", "t2"))
        self.assertEqual(len(transport.requests), 2)

    def test_fetches_a_new_token_once_when_the_api_refuses_one(self) -> None:
        transport = FakeTransport(
            token("t1"), error(401, "unauthorized"), token("t2"), answer(data={"ok": True})
        )
        api, _ = self.api(transport)

        data = api.call("users_me", {})

        self.assertEqual(data, {"ok": True})
        self.assertEqual(
            [r.headers["authorization"] for r in transport.requests if r.url.endswith("/users/me")],
            ["Bearer t1", "Bearer t2"],
        )

    def test_gives_up_when_the_new_token_is_refused_too(self) -> None:
        transport = FakeTransport(
            token("t1"), error(401, "unauthorized"), token("t2"), error(401, "unauthorized")
        )
        api, _ = self.api(transport)

        with self.assertRaises(TallyError) as raised:
            api.call("users_me", {})

        self.assertEqual(raised.exception.status, 401)
        self.assertEqual(len(transport.requests), 4)

    def test_raises_the_oauth_error_of_refused_credentials(self) -> None:
        transport = FakeTransport(
            answer(401, body={"error": "invalid_client", "error_description": "bad credentials"})
        )
        tally = Tally(
            client_id="tly_ci_x", client_secret="nope", transport=transport, sleep=Sleeps()
        )

        with self.assertRaises(TallyError) as raised:
            tally.creators.get("c1")

        self.assertEqual((raised.exception.status, raised.exception.code), (401, "invalid_client"))

    def test_sends_public_routes_without_fetching_a_token(self) -> None:
        transport = FakeTransport(answer(data={"identity": "ok", "creators": "ok"}))
        tally = Tally(client_id="tly_ci_x", client_secret="s", transport=transport, sleep=Sleeps())

        tally.ping()

        self.assertEqual(transport.paths(), ["/api/v1/ping"])
        self.assertNotIn("authorization", transport.requests[0].headers)


if __name__ == "__main__":
    unittest.main()
