"""Sending one HTTP request: the only module that touches the network."""

import http.client
import urllib.error
import urllib.request
from typing import Callable, Dict, Mapping, NamedTuple, Optional


class HttpRequest(NamedTuple):
    method: str
    url: str
    headers: Mapping[str, str]
    body: Optional[bytes]
    timeout: float


class HttpResponse(NamedTuple):
    status: int
    #: Names in lower case.
    headers: Mapping[str, str]
    body: bytes

    def header(self, name: str) -> Optional[str]:
        return self.headers.get(name.lower())


#: Sends a request and returns whatever status came back; raises OSError when no
#: answer came (refused, reset, timed out). Tests pass their own.
Transport = Callable[[HttpRequest], HttpResponse]


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """The API never redirects; following one would carry the credential elsewhere."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        return None


class UrllibTransport:
    """The default transport: urllib.request, from the standard library."""

    def __init__(self) -> None:
        self._opener = urllib.request.build_opener(_NoRedirects())

    def __call__(self, request: HttpRequest) -> HttpResponse:
        prepared = urllib.request.Request(
            request.url,
            data=request.body,
            headers=dict(request.headers),
            method=request.method,
        )
        try:
            with self._opener.open(prepared, timeout=request.timeout) as answer:
                return HttpResponse(answer.status, _lower(answer.headers), answer.read())
        except urllib.error.HTTPError as error:
            with error:
                return HttpResponse(error.code, _lower(error.headers), error.read())
        except urllib.error.URLError as error:
            reason = error.reason
            raise reason if isinstance(reason, OSError) else ConnectionError(str(reason)) from error
        except http.client.HTTPException as error:
            raise ConnectionError(f"{type(error).__name__}: {error}") from error


def _lower(headers: Optional[http.client.HTTPMessage]) -> Dict[str, str]:
    if headers is None:
        return {}
    return {name.lower(): value for name, value in headers.items()}
