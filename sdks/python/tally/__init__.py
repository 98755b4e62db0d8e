"""The official Python client of the Tally API.

    from tally import Tally

    tally = Tally(api_key="tly_sk_...")
    for creator in tally.creators.list(platform="tiktok"):
        print(creator["username"], creator["stats"]["followers"])
"""

from ._client import DEFAULT_BASE_URL, Tally
from ._errors import CONNECTION_ERROR, UNEXPECTED_RESPONSE, TallyError
from ._pagination import Page, Paginator
from ._retry import RetryPolicy, parse_retry_after
from ._transport import HttpRequest, HttpResponse, Transport, UrllibTransport
from ._version import __version__
from .webhooks import WebhookVerificationError, verify_webhook

__all__ = [
    "CONNECTION_ERROR",
    "DEFAULT_BASE_URL",
    "HttpRequest",
    "HttpResponse",
    "Page",
    "Paginator",
    "RetryPolicy",
    "Tally",
    "TallyError",
    "Transport",
    "UNEXPECTED_RESPONSE",
    "UrllibTransport",
    "WebhookVerificationError",
    "__version__",
    "parse_retry_after",
    "verify_webhook",
]
