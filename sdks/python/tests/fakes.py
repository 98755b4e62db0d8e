"""A transport that answers from a script and remembers what it was sent."""

import json
from typing import Any, Callable, Dict, List, Optional, Union
from urllib.parse import parse_qsl, urlsplit

from tally import HttpRequest, HttpResponse

Answer = Union[HttpResponse, Exception, Callable[[HttpRequest], HttpResponse]]


def answer(
    status: int = 200,
    data: Any = None,
    *,
    body: Optional[Any] = None,
    headers: Optional[Dict[str, str]] = None,
) -> HttpResponse:
    """An answer in the envelope (``data``), or with this exact ``body``."""
    if body is None:
        body = {"success": True, "data": data}
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    return HttpResponse(status, {k.lower(): v for k, v in (headers or {}).items()}, raw)


def error(
    status: int, code: str, message: str = "refused", headers: Optional[Dict[str, str]] = None
) -> HttpResponse:
    return answer(
        status,
        body={
            "success": False,
            "error": {"code": code, "message": message, "details": [], "requestId": "req-1"},
        },
        headers=headers,
    )


class FakeTransport:
    def __init__(self, *answers: Answer) -> None:
        self.answers: List[Answer] = list(answers)
        self.requests: List[HttpRequest] = []

    def __call__(self, request: HttpRequest) -> HttpResponse:
        self.requests.append(request)
        if not self.answers:
            raise AssertionError(f"no answer left for {request.method} {request.url}")
        next_answer = self.answers.pop(0)
        if isinstance(next_answer, Exception):
            raise next_answer
        if callable(next_answer):
            return next_answer(request)
        return next_answer

    def paths(self) -> List[str]:
        return [urlsplit(request.url).path for request in self.requests]

    def query(self, index: int = -1) -> Dict[str, str]:
        return dict(parse_qsl(urlsplit(self.requests[index].url).query))

    def json_body(self, index: int = -1) -> Any:
        body = self.requests[index].body
        return None if body is None else json.loads(body)


class Sleeps:
    """Stands in for time.sleep: remembers the waits, waits for nothing."""

    def __init__(self) -> None:
        self.waits: List[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
