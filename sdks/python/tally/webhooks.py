"""Checking that a webhook delivery came from Tally (Standard Webhooks)."""

import base64
import binascii
import hashlib
import hmac
import json
import time
from typing import Any, Mapping, Optional, Union, cast

from ._models import WebhookEvent

#: How far ``webhook-timestamp`` may be from the clock, either way (replays, skew).
DEFAULT_TOLERANCE_SECONDS = 5 * 60
_SECRET_PREFIX = "whsec_"


class WebhookVerificationError(Exception):
    """The delivery is not Tally's, or not now: refuse it (answer 400 or 401)."""


def verify_webhook(
    payload: Union[bytes, str],
    headers: Mapping[str, Any],
    secret: str,
    *,
    tolerance: float = DEFAULT_TOLERANCE_SECONDS,
    now: Optional[float] = None,
) -> WebhookEvent:
    """The event of a delivery whose signature is right; WebhookVerificationError otherwise.

    ``payload`` is the body exactly as received (the raw bytes, before any JSON
    parsing); ``headers`` any mapping of the request's headers (names in any
    case); ``secret`` the endpoint's ``whsec_...`` signing secret. During a
    secret rotation a delivery carries one signature per secret: any one that
    matches is enough. ``now`` (seconds since the epoch) is for tests.
    """
    body = payload.encode("utf-8") if isinstance(payload, str) else bytes(payload)
    lowered = {str(name).lower(): value for name, value in headers.items()}
    message_id = _header(lowered, "webhook-id")
    timestamp = _header(lowered, "webhook-timestamp")
    signatures = _header(lowered, "webhook-signature")

    try:
        sent_at = int(timestamp)
    except ValueError:
        raise WebhookVerificationError("webhook-timestamp is not a number of seconds") from None
    current = time.time() if now is None else now
    if sent_at < current - tolerance:
        raise WebhookVerificationError("the message is too old (webhook-timestamp)")
    if sent_at > current + tolerance:
        raise WebhookVerificationError("the message is from the future (webhook-timestamp)")

    signed = f"{message_id}.{timestamp}.".encode("utf-8") + body
    expected = hmac.new(_secret_key(secret), signed, hashlib.sha256).digest()
    if not any(hmac.compare_digest(given, expected) for given in _v1_signatures(signatures)):
        raise WebhookVerificationError("no signature matches")

    try:
        return cast(WebhookEvent, json.loads(body))
    except ValueError:
        raise WebhookVerificationError("the body is not JSON") from None


def _header(headers: Mapping[str, Any], name: str) -> str:
    value = headers.get(name)
    if isinstance(value, (list, tuple)):
        value = value[0] if value else None
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    if not value:
        raise WebhookVerificationError(f"the {name} header is missing")
    return str(value)


def _secret_key(secret: str) -> bytes:
    encoded = secret[len(_SECRET_PREFIX) :] if secret.startswith(_SECRET_PREFIX) else secret
    try:
        return base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("the webhook secret is not whsec_ and base64") from None


def _v1_signatures(header: str):  # type: ignore[no-untyped-def]
    for entry in header.split(" "):
        version, _, signature = entry.partition(",")
        if version != "v1" or not signature:
            continue
        try:
            yield base64.b64decode(signature, validate=True)
        except (binascii.Error, ValueError):
            continue
