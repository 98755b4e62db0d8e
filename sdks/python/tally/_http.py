"""The API's address, the transport and the retries: one request, sent until it may stop."""

import platform
from typing import Callable, Mapping, Optional, Sequence, Tuple
from urllib.parse import urlencode

from ._errors import connection_error
from ._retry import RetryPolicy, send_with_retries
from ._transport import HttpRequest, HttpResponse, Transport
from ._version import __version__

USER_AGENT = f"tally-python/{__version__} (Python {platform.python_version()})"


class HttpClient:
    def __init__(
        self,
        base_url: str,
        transport: Transport,
        policy: RetryPolicy,
        sleep: Callable[[float], None],
        timeout: float,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._transport = transport
        self._policy = policy
        self._sleep = sleep
        self._timeout = timeout

    def send(
        self,
        method: str,
        path: str,
        *,
        query: Sequence[Tuple[str, str]] = (),
        headers: Optional[Mapping[str, str]] = None,
        body: Optional[bytes] = None,
        retryable: bool,
    ) -> HttpResponse:
        """The answer, whatever its status; TallyError ``connection_error`` when none came."""
        url = self.base_url + path + (f"?{urlencode(list(query))}" if query else "")
        request = HttpRequest(
            method=method,
            url=url,
            headers={"accept": "application/json", "user-agent": USER_AGENT, **(headers or {})},
            body=body,
            timeout=self._timeout,
        )
        try:
            return send_with_retries(self._transport, request, self._policy, self._sleep, retryable)
        except OSError as error:
            raise connection_error(error) from error
