"""Tally: the client, its credential and its resources."""

import time
from typing import Any, Callable, Mapping, Optional

from ._api import ApiClient, Auth
from ._auth import ApiKeyAuth, ClientCredentialsAuth
from ._http import HttpClient
from ._models import PingPingResult
from ._resources.audit_events import AuditEvents
from ._resources.connect import Connect
from ._resources.creators import Creators
from ._resources.invitations import Invitations
from ._resources.keys import Keys
from ._resources.lookups import Resources
from ._resources.members import Members
from ._resources.oauth_clients import OAuthClients
from ._resources.roles import Roles
from ._resources.service_users import ServiceUsers
from ._resources.usage import Usage
from ._resources.users import Users
from ._resources.webhook_endpoints import WebhookEndpoints
from ._retry import RetryPolicy
from ._transport import Transport, UrllibTransport

DEFAULT_BASE_URL = "http://127.0.0.1:3000"


class Tally:
    """A client of the Tally API.

    Give an API key (``Tally(api_key="tly_sk_...")``) or an OAuth client's
    credentials (``Tally(client_id="tly_ci_...", client_secret="tly_cs_...")``):
    the client then fetches access tokens itself, keeps each until a minute
    before it expires, and fetches a new one when the API refuses it.

    GET, PUT and DELETE requests refused with 429 or 503, or that got no answer,
    are sent again up to ``max_retries`` times, after the ``Retry-After`` the
    answer gave (and a little jitter); other methods only with ``retry=True``.
    ``transport`` and ``sleep`` replace the network and the waiting (tests).
    """

    def __init__(
        self,
        api_key: Optional[str] = None,
        *,
        client_id: Optional[str] = None,
        client_secret: Optional[str] = None,
        scope: Optional[str] = None,
        base_url: str = DEFAULT_BASE_URL,
        max_retries: int = 2,
        timeout: float = 30.0,
        max_retry_wait: float = 60.0,
        transport: Optional[Transport] = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        http = HttpClient(
            base_url,
            transport or UrllibTransport(),
            RetryPolicy(max_retries, max_wait=max_retry_wait),
            sleep,
            timeout,
        )
        auth: Auth
        if api_key and not (client_id or client_secret):
            auth = ApiKeyAuth(api_key)
        elif client_id and client_secret and not api_key:
            auth = ClientCredentialsAuth(http, client_id, client_secret, scope=scope)
        else:
            raise ValueError("give either api_key, or client_id and client_secret")
        self.base_url = http.base_url
        self._api = ApiClient(http, auth)

        self.creators = Creators(self._api)
        self.connect = Connect(self._api)
        self.resources = Resources(self._api)
        self.keys = Keys(self._api)
        self.oauth_clients = OAuthClients(self._api)
        self.roles = Roles(self._api)
        self.service_users = ServiceUsers(self._api)
        self.members = Members(self._api)
        self.invitations = Invitations(self._api)
        self.webhook_endpoints = WebhookEndpoints(self._api)
        self.audit_events = AuditEvents(self._api)
        self.usage = Usage(self._api)
        self.users = Users(self._api)

    def ping(self) -> PingPingResult:
        """Whether the API and the services behind it answer (no credential needed)."""
        return self._api.call("ping_ping", {})

    def request(
        self,
        method: str,
        path: str,
        *,
        query: Optional[Mapping[str, Any]] = None,
        body: Any = None,
        retry: Optional[bool] = None,
    ) -> Any:
        """Any route of the API (``tally.request("GET", "/api/v1/creators")``), with the
        client's credential, retries and errors: the envelope's ``data``."""
        return self._api.request(method, path, query=query, body=body, retry=retry)

    def __repr__(self) -> str:
        return f"Tally(base_url={self.base_url!r})"
