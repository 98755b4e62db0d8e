from typing import Optional

from .._models import InvitationsInviteResult, InvitationsListItem, InvitationsRevokeResult
from .._pagination import Paginator
from ._base import ApiResource, operation


class Invitations(ApiResource):
    """Single-use links that make people members."""

    @operation("invitations_invite")
    def create(
        self, *, email: str, account_role: str, retry: bool = False
    ) -> InvitationsInviteResult:
        """Invites ``email`` as ``owner``, ``admin`` or ``member``."""
        return self._call("invitations_invite", locals())

    @operation("invitations_list")
    def list(
        self, *, limit: Optional[int] = None, cursor: Optional[str] = None
    ) -> Paginator[InvitationsListItem]:
        """Pending invitations."""
        return self._list("invitations_list", locals())

    @operation("invitations_revoke")
    def revoke(self, id: str) -> InvitationsRevokeResult:
        return self._call("invitations_revoke", locals())
