from typing import Any, Dict, Optional, Sequence

from .._models import (
    Environment,
    OauthClientsCreateResult,
    OauthClientsListItem,
    OauthClientsRevokeResult,
    OauthClientsUpdateResult,
)
from .._pagination import Paginator
from ._base import ApiResource, operation


class OAuthClients(ApiResource):
    """OAuth clients. The secret is in the answer of ``create`` only."""

    @operation("oauthClients_create")
    def create(
        self,
        *,
        name: str,
        roles: Sequence[str],
        environment: Environment,
        owner_user_id: Optional[str] = None,
        metadata: Optional[Dict[str, Any]] = None,
        retry: bool = False,
    ) -> OauthClientsCreateResult:
        return self._call("oauthClients_create", locals())

    @operation("oauthClients_list")
    def list(
        self, *, limit: Optional[int] = None, cursor: Optional[str] = None
    ) -> Paginator[OauthClientsListItem]:
        return self._list("oauthClients_list", locals())

    @operation("oauthClients_update")
    def update(
        self,
        id: str,
        *,
        name: Optional[str] = None,
        enabled: Optional[bool] = None,
        metadata: Optional[Dict[str, Any]] = None,
        retry: bool = False,
    ) -> OauthClientsUpdateResult:
        return self._call("oauthClients_update", locals())

    @operation("oauthClients_revoke")
    def revoke(self, id: str) -> OauthClientsRevokeResult:
        return self._call("oauthClients_revoke", locals())
