"""Credentials: an API key as it is, or OAuth client credentials traded for access tokens."""

import base64
import json
import threading
import time
from typing import Callable, Dict, Mapping, Optional
from urllib.parse import quote_plus, urlencode

from ._errors import UNEXPECTED_RESPONSE, TallyError, error_from_response
from ._http import HttpClient
from ._models import OPERATIONS


class ApiKeyAuth:
    def __init__(self, api_key: str) -> None:
        self._header = f"Bearer {api_key}"

    def headers(self) -> Dict[str, str]:
        return {"authorization": self._header}

    def renew(self, used: Mapping[str, str]) -> bool:
        """A key cannot be renewed: a 401 stays a 401."""
        return False


class ClientCredentialsAuth:
    """Fetches an access token at ``POST /oauth/token`` (client_secret_basic), keeps it
    and fetches the next one ``refresh_margin`` seconds before it expires, or when
    the API refused it (``renew``)."""

    def __init__(
        self,
        http: HttpClient,
        client_id: str,
        client_secret: str,
        *,
        scope: Optional[str] = None,
        refresh_margin: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._http = http
        # RFC 6749 2.3.1: each part form-encoded before Basic's base64.
        pair = f"{quote_plus(client_id)}:{quote_plus(client_secret)}"
        self._basic = "Basic " + base64.b64encode(pair.encode()).decode("ascii")
        self._scope = scope
        self._refresh_margin = refresh_margin
        self._clock = clock
        self._lock = threading.Lock()
        self._token: Optional[str] = None
        self._renew_at = 0.0

    def headers(self) -> Dict[str, str]:
        return {"authorization": f"Bearer {self.token()}"}

    def token(self) -> str:
        with self._lock:
            if self._token is None or self._clock() >= self._renew_at:
                self._fetch()
            assert self._token is not None
            return self._token

    def renew(self, used: Mapping[str, str]) -> bool:
        """Forgets the token the refused request carried; the next request fetches another."""
        with self._lock:
            if self._token is not None and used.get("authorization") == f"Bearer {self._token}":
                self._token = None
        return True

    def _fetch(self) -> None:
        fields = {"grant_type": "client_credentials"}
        if self._scope:
            fields["scope"] = self._scope
        started = self._clock()
        response = self._http.send(
            "POST",
            OPERATIONS["oauth_token"].path,
            headers={
                "authorization": self._basic,
                "content-type": "application/x-www-form-urlencoded",
            },
            body=urlencode(fields).encode(),
            # Asking for another token twice does no harm.
            retryable=True,
        )
        if response.status != 200:
            raise error_from_response(response)
        try:
            answer = json.loads(response.body)
            token = str(answer["access_token"])
            expires_in = float(answer.get("expires_in", 3600))
        except (ValueError, KeyError, TypeError) as error:
            raise TallyError(
                f"the token endpoint answered without an access token: {error}",
                status=response.status,
                code=UNEXPECTED_RESPONSE,
                request_id=response.header("x-request-id"),
            ) from error
        self._token = token
        self._renew_at = started + expires_in - min(self._refresh_margin, expires_in / 2)
