"""TallyError: what every failed call raises."""

import json
from typing import Any, Dict, List, Optional

from ._retry import parse_retry_after
from ._transport import HttpResponse

#: The code of a TallyError raised when no answer came at all (status None).
CONNECTION_ERROR = "connection_error"
#: The code of a TallyError for an answer that is not the API's JSON.
UNEXPECTED_RESPONSE = "unexpected_response"


class TallyError(Exception):
    """An error answer of the API, or no answer at all.

    ``code`` is the API's error code (``not_found``, ``insufficient_scope``,
    ``rate_limited``...), the OAuth ``error`` for the token endpoint
    (``invalid_client``), or ``connection_error`` when no answer came.
    """

    def __init__(
        self,
        message: str,
        *,
        status: Optional[int],
        code: str,
        details: Optional[List[Dict[str, Any]]] = None,
        request_id: Optional[str] = None,
        retry_after: Optional[float] = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.code = code
        self.details: List[Dict[str, Any]] = details or []
        self.request_id = request_id
        #: Seconds to wait before trying again, when the answer said (429, 503).
        self.retry_after = retry_after

    def __str__(self) -> str:
        where = f"{self.status} " if self.status is not None else ""
        request = f" (request {self.request_id})" if self.request_id else ""
        return f"{where}{self.code}: {self.message}{request}"

    def __repr__(self) -> str:
        return (
            f"TallyError(status={self.status!r}, code={self.code!r}, "
            f"message={self.message!r}, request_id={self.request_id!r})"
        )


def error_from_response(response: HttpResponse) -> TallyError:
    """The TallyError of an error answer: the envelope's, OAuth's, or one made from the status."""
    request_id = response.header("x-request-id")
    retry_after = parse_retry_after(response.header("retry-after"))
    body = _json_or_none(response.body)
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        error = body["error"]
        details = error.get("details")
        return TallyError(
            str(error.get("message") or error.get("code") or "request failed"),
            status=response.status,
            code=str(error.get("code") or UNEXPECTED_RESPONSE),
            details=details if isinstance(details, list) else [],
            request_id=error.get("requestId") or request_id,
            retry_after=retry_after,
        )
    if isinstance(body, dict) and isinstance(body.get("error"), str):
        return TallyError(
            str(body.get("error_description") or body["error"]),
            status=response.status,
            code=body["error"],
            request_id=request_id,
            retry_after=retry_after,
        )
    text = response.body[:200].decode("utf-8", "replace")
    return TallyError(
        f"HTTP {response.status}: {text}" if text else f"HTTP {response.status}",
        status=response.status,
        code=UNEXPECTED_RESPONSE,
        request_id=request_id,
        retry_after=retry_after,
    )


def connection_error(error: OSError) -> TallyError:
    return TallyError(
        f"no answer from Tally: {error}", status=None, code=CONNECTION_ERROR
    )


def _json_or_none(body: bytes) -> Any:
    try:
        return json.loads(body)
    except ValueError:
        return None
