from typing import Optional, Sequence

from .._api import ApiClient
from .._models import (
    OPERATIONS,
    ConnectStartResult,
    RedirectUrlsListResult,
    RedirectUrlsReplaceResult,
)
from ._base import ApiResource, operation

_START_OPERATIONS = ("connect_start", "connectInstagram_start", "connectYouTube_start")


class RedirectUrls(ApiResource):
    """Where connect flows may send creators' browsers back to."""

    @operation("redirectUrls_list")
    def list(self) -> RedirectUrlsListResult:
        return self._call("redirectUrls_list", locals())

    @operation("redirectUrls_replace")
    def replace(self, urls: Sequence[str]) -> RedirectUrlsReplaceResult:
        """Replaces the whole list (up to 20 absolute URLs)."""
        return self._call("redirectUrls_replace", locals())


class Connect(ApiResource):
    """The connect flow that brings a creator's platform account in."""

    def __init__(self, api: ApiClient) -> None:
        super().__init__(api)
        self.redirect_urls = RedirectUrls(api)

    @operation(*_START_OPERATIONS)
    def start(
        self,
        platform: str,
        *,
        redirect_url: Optional[str] = None,
        external_user_id: Optional[str] = None,
        retry: bool = False,
    ) -> ConnectStartResult:
        """Starts a flow on ``platform`` (``tiktok``, ``instagram``, ``youtube``, any case):
        send the creator's browser to the answer's ``authUrl``."""
        path = f"/api/v1/connect/{platform.lower()}"
        for operation_id in _START_OPERATIONS:
            if OPERATIONS[operation_id].path == path:
                return self._call(operation_id, locals())
        raise ValueError(f"no connect flow for the platform {platform!r}")
