import unittest

from tally import HttpResponse, Tally, TallyError

from .fakes import FakeTransport, Sleeps, answer


class ErrorMappingTest(unittest.TestCase):
    def failing(self, response: HttpResponse) -> TallyError:
        tally = Tally(api_key="tly_sk_test", transport=FakeTransport(response), sleep=Sleeps())
        with self.assertRaises(TallyError) as raised:
            tally.creators.get("c1")
        return raised.exception

    def test_takes_the_envelope_error(self) -> None:
        error = self.failing(
            answer(
                400,
                body={
                    "success": False,
                    "error": {
                        "code": "validation_failed",
                        "message": "limit must be at most 100",
                        "details": [{"field": "limit", "message": "at most 100"}],
                        "requestId": "req-42",
                    },
                },
            )
        )

        self.assertEqual(error.status, 400)
        self.assertEqual(error.code, "validation_failed")
        self.assertEqual(error.message, "limit must be at most 100")
        self.assertEqual(error.details, [{"field": "limit", "message": "at most 100"}])
        self.assertEqual(error.request_id, "req-42")
        self.assertIn("validation_failed", str(error))

    def test_takes_an_oauth_error(self) -> None:
        error = self.failing(
            answer(401, body={"error": "invalid_client", "error_description": "unknown client"})
        )

        self.assertEqual(
            (error.status, error.code, error.message), (401, "invalid_client", "unknown client")
        )

    def test_makes_one_from_an_answer_that_is_not_json(self) -> None:
        error = self.failing(
            answer(502, body=b"<html>Bad Gateway</html>", headers={"X-Request-Id": "r9"})
        )

        self.assertEqual(error.status, 502)
        self.assertEqual(error.code, "unexpected_response")
        self.assertIn("Bad Gateway", error.message)
        self.assertEqual(error.request_id, "r9")

    def test_refuses_a_success_that_is_not_json(self) -> None:
        error = self.failing(answer(200, body=b"not json"))

        self.assertEqual(error.code, "unexpected_response")


class CredentialsTest(unittest.TestCase):
    def test_sends_the_api_key_as_a_bearer_token(self) -> None:
        transport = FakeTransport(answer(data={}))

        Tally(api_key="tly_sk_abc", transport=transport).users.me()

        self.assertEqual(transport.requests[0].headers["authorization"], "Bearer tly_sk_abc")

    def test_asks_for_exactly_one_credential(self) -> None:
        both = {"api_key": "k", "client_id": "i", "client_secret": "s"}
        for options in ({}, both, {"client_id": "i"}):
            with self.subTest(options=options), self.assertRaises(ValueError):
                Tally(**options)


if __name__ == "__main__":
    unittest.main()
