"""When to send a request again, and how long to wait first."""

import random
import re
import time
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Callable, Optional

from ._transport import HttpRequest, HttpResponse, Transport

#: Methods that may be sent again without asking: sending them twice does what once does.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
#: Refusals that say "not now": the rate limiter's 429 and an unavailable service's 503.
RETRY_STATUSES = frozenset({429, 503})

_SECONDS = re.compile(r"^\d+(\.\d+)?$")


def parse_retry_after(value: Optional[str], now: Optional[float] = None) -> Optional[float]:
    """Seconds to wait from a ``Retry-After`` header: delay-seconds or an HTTP date.

    None when the header is missing or unreadable; a date in the past is 0.
    ``now`` (seconds since the epoch) is for tests.
    """
    if value is None:
        return None
    value = value.strip()
    if _SECONDS.match(value):
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    current = datetime.fromtimestamp(time.time() if now is None else now, timezone.utc)
    return max(0.0, (when - current).total_seconds())


class RetryPolicy:
    """At most ``max_retries`` more attempts; waits follow ``Retry-After`` plus jitter.

    Without ``Retry-After`` (a network error, a 503 that says nothing) the wait
    doubles from ``base_delay`` up to ``max_delay``, with jitter. A ``Retry-After``
    longer than ``max_wait`` is not waited for: the error goes to the caller.
    """

    def __init__(
        self,
        max_retries: int = 2,
        *,
        max_wait: float = 60.0,
        base_delay: float = 0.5,
        max_delay: float = 8.0,
        random_fraction: Callable[[], float] = random.random,
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        self.max_retries = max_retries
        self.max_wait = max_wait
        self.base_delay = base_delay
        self.max_delay = max_delay
        self._random = random_fraction

    def backoff(self, attempt: int) -> float:
        """The wait before retry ``attempt + 1`` when the answer did not say: half fixed,
        half random."""
        ceiling = min(self.max_delay, self.base_delay * (2**attempt))
        return ceiling / 2 + self._random() * ceiling / 2

    def delay(self, attempt: int, retry_after: Optional[float]) -> Optional[float]:
        """Seconds to wait before retry ``attempt + 1``; None when it is not worth waiting."""
        if retry_after is None:
            return self.backoff(attempt)
        if retry_after > self.max_wait:
            return None
        # Never earlier than asked; a little later, so that clients told the
        # same second do not all come back at once.
        return retry_after + self._random() * min(1.0, self.base_delay * (2**attempt))


def send_with_retries(
    transport: Transport,
    request: HttpRequest,
    policy: RetryPolicy,
    sleep: Callable[[float], None],
    retryable: bool,
) -> HttpResponse:
    """Sends the request; a 429, a 503 or no answer is tried again when ``retryable``.

    Raises OSError when the last attempt got no answer.
    """
    attempt = 0
    while True:
        try:
            response = transport(request)
        except OSError:
            if not retryable or attempt >= policy.max_retries:
                raise
            wait = policy.backoff(attempt)
        else:
            if response.status not in RETRY_STATUSES or not retryable:
                return response
            if attempt >= policy.max_retries:
                return response
            wait = policy.delay(attempt, parse_retry_after(response.header("retry-after")))
            if wait is None:
                return response
        sleep(wait)
        attempt += 1
