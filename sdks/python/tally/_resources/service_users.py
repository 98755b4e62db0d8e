from typing import Optional

from .._models import (
    ServiceUsersCreateResult,
    ServiceUsersGetResult,
    ServiceUsersListItem,
    ServiceUsersRemoveResult,
    ServiceUsersUpdateResult,
)
from .._pagination import Paginator
from ._base import ApiResource, operation


class ServiceUsers(ApiResource):
    """The account's machine identities, which own keys and OAuth clients."""

    @operation("serviceUsers_create")
    def create(
        self, *, name: str, description: Optional[str] = None, retry: bool = False
    ) -> ServiceUsersCreateResult:
        return self._call("serviceUsers_create", locals())

    @operation("serviceUsers_list")
    def list(
        self, *, limit: Optional[int] = None, cursor: Optional[str] = None
    ) -> Paginator[ServiceUsersListItem]:
        return self._list("serviceUsers_list", locals())

    @operation("serviceUsers_get")
    def get(self, id: str) -> ServiceUsersGetResult:
        return self._call("serviceUsers_get", locals())

    @operation("serviceUsers_update")
    def update(
        self,
        id: str,
        *,
        name: Optional[str] = None,
        description: Optional[str] = None,
        enabled: Optional[bool] = None,
        retry: bool = False,
    ) -> ServiceUsersUpdateResult:
        """``enabled=False`` pauses every key and OAuth client it owns."""
        return self._call("serviceUsers_update", locals())

    @operation("serviceUsers_remove")
    def delete(self, id: str) -> ServiceUsersRemoveResult:
        """Deletes it and revokes what it owns."""
        return self._call("serviceUsers_remove", locals())
