import base64
import hashlib
import hmac
import unittest
from typing import Dict

from tally import WebhookVerificationError, verify_webhook

# The test vector of the Standard Webhooks specification.
SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
MESSAGE_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek"
TIMESTAMP = 1614265330
PAYLOAD = b'{"test": 2432232314}'
SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="


def headers(
    signature: str = SIGNATURE, timestamp: int = TIMESTAMP, message_id: str = MESSAGE_ID
) -> Dict[str, str]:
    return {
        "webhook-id": message_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": signature,
    }


def sign(secret: str, message_id: str, timestamp: int, payload: bytes) -> str:
    key = base64.b64decode(secret[len("whsec_") :])
    signed = f"{message_id}.{timestamp}.".encode() + payload
    return "v1," + base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()


class VerifyWebhookTest(unittest.TestCase):
    def test_accepts_the_specification_vector_and_returns_the_event(self) -> None:
        event = verify_webhook(PAYLOAD, headers(), SECRET, now=TIMESTAMP)

        self.assertEqual(event, {"test": 2432232314})

    def test_accepts_a_text_payload_and_headers_in_any_case(self) -> None:
        mixed = {name.title(): value for name, value in headers().items()}

        verify_webhook(PAYLOAD.decode(), mixed, SECRET, now=TIMESTAMP + 299)

    def test_accepts_any_one_matching_signature_of_a_rotation(self) -> None:
        other = "whsec_" + base64.b64encode(b"o" * 32).decode()
        both = f"{sign(other, MESSAGE_ID, TIMESTAMP, PAYLOAD)} {SIGNATURE}"

        verify_webhook(PAYLOAD, headers(both), SECRET, now=TIMESTAMP)
        verify_webhook(PAYLOAD, headers(both), other, now=TIMESTAMP)

    def test_refuses_a_changed_body_id_or_timestamp(self) -> None:
        cases = {
            "body": (b'{"test": 2432232315}', headers()),
            "id": (PAYLOAD, headers(message_id="msg_other")),
            "timestamp": (PAYLOAD, headers(timestamp=TIMESTAMP + 1)),
        }
        for name, (payload, given) in cases.items():
            with self.subTest(name), self.assertRaises(WebhookVerificationError):
                verify_webhook(payload, given, SECRET, now=TIMESTAMP)

    def test_refuses_another_secret(self) -> None:
        other = "whsec_" + base64.b64encode(b"x" * 32).decode()

        with self.assertRaises(WebhookVerificationError):
            verify_webhook(PAYLOAD, headers(), other, now=TIMESTAMP)

    def test_refuses_a_timestamp_more_than_five_minutes_off(self) -> None:
        for now in (TIMESTAMP + 301, TIMESTAMP - 301):
            with self.subTest(now=now), self.assertRaises(WebhookVerificationError):
                verify_webhook(PAYLOAD, headers(), SECRET, now=now)

    def test_refuses_missing_headers_and_other_versions(self) -> None:
        for name in ("webhook-id", "webhook-timestamp", "webhook-signature"):
            given = headers()
            del given[name]
            with self.subTest(missing=name), self.assertRaises(WebhookVerificationError):
                verify_webhook(PAYLOAD, given, SECRET, now=TIMESTAMP)
        for signature in ("v2," + SIGNATURE[3:], "v1,not base64!", "", "v1"):
            with self.subTest(signature=signature), self.assertRaises(WebhookVerificationError):
                verify_webhook(PAYLOAD, headers(signature), SECRET, now=TIMESTAMP)


if __name__ == "__main__":
    unittest.main()
