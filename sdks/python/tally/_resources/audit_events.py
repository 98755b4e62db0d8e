from datetime import datetime
from typing import Optional, Union

from .._models import AuditListItem
from .._pagination import Paginator
from ._base import ApiResource, operation


class AuditEvents(ApiResource):
    """Who did what and when in the account."""

    @operation("audit_list")
    def list(
        self,
        *,
        actor: Optional[str] = None,
        actor_type: Optional[str] = None,
        action: Optional[str] = None,
        from_: Optional[Union[str, datetime]] = None,
        to: Optional[Union[str, datetime]] = None,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
    ) -> Paginator[AuditListItem]:
        """Newest first; ``action`` is one action, a comma-separated list or a prefix."""
        return self._list("audit_list", locals())
