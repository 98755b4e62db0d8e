from typing import Any, Dict, Optional, Sequence

from .._models import (
    Environment,
    KeysCreateResult,
    KeysGetResult,
    KeysListItem,
    KeysRevokeResult,
    KeysRollResult,
    KeysUpdateResult,
)
from .._pagination import Paginator
from ._base import ApiResource, operation


class Keys(ApiResource):
    """API keys. The secret is in the answer of ``create`` and ``roll`` only."""

    @operation("keys_create")
    def create(
        self,
        *,
        name: str,
        type: str,
        environment: Environment,
        roles: Sequence[str],
        expires_in_days: int,
        allowed_origins: Optional[Sequence[str]] = None,
        owner_user_id: Optional[str] = None,
        metadata: Optional[Dict[str, Any]] = None,
        retry: bool = False,
    ) -> KeysCreateResult:
        """A new key: ``type`` is ``secret`` or ``publishable``, ``expires_in_days`` 30, 60,
        90, 180 or 365."""
        return self._call("keys_create", locals())

    @operation("keys_list")
    def list(
        self,
        *,
        owner_user_id: Optional[str] = None,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
    ) -> Paginator[KeysListItem]:
        return self._list("keys_list", locals())

    @operation("keys_get")
    def get(self, id: str) -> KeysGetResult:
        return self._call("keys_get", locals())

    @operation("keys_update")
    def update(
        self,
        id: str,
        *,
        name: Optional[str] = None,
        enabled: Optional[bool] = None,
        metadata: Optional[Dict[str, Any]] = None,
        retry: bool = False,
    ) -> KeysUpdateResult:
        """Renames the key, replaces its metadata, or pauses it (``enabled=False``)."""
        return self._call("keys_update", locals())

    @operation("keys_revoke")
    def revoke(self, id: str) -> KeysRevokeResult:
        return self._call("keys_revoke", locals())

    @operation("keys_roll")
    def roll(
        self, id: str, *, grace_period_days: Optional[int] = None, retry: bool = False
    ) -> KeysRollResult:
        """A new key in place of this one, which keeps working ``grace_period_days`` (0 to 7)."""
        return self._call("keys_roll", locals())
