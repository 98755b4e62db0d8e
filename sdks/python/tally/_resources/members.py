from typing import Optional

from .._models import MembersListItem, MembersRemoveResult, MembersUpdateResult
from .._pagination import Paginator
from ._base import ApiResource, operation


class Members(ApiResource):
    """The account's people."""

    @operation("members_list")
    def list(
        self, *, limit: Optional[int] = None, cursor: Optional[str] = None
    ) -> Paginator[MembersListItem]:
        return self._list("members_list", locals())

    @operation("members_update")
    def update(self, id: str, *, account_role: str, retry: bool = False) -> MembersUpdateResult:
        """``account_role``: ``owner``, ``admin`` or ``member``."""
        return self._call("members_update", locals())

    @operation("members_remove")
    def remove(self, id: str) -> MembersRemoveResult:
        """Ends their sessions and revokes the keys and OAuth clients they owned."""
        return self._call("members_remove", locals())
