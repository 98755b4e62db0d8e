from typing import Optional, Sequence

from .._models import Permission, RolesCreateResult, RolesListResult
from ._base import ApiResource, operation


class Roles(ApiResource):
    """Roles: named sets of permissions, built in or the account's own."""

    @operation("roles_list")
    def list(self) -> RolesListResult:
        return self._call("roles_list", locals())

    @operation("roles_create")
    def create(
        self,
        *,
        name: str,
        permissions: Sequence[Permission],
        description: Optional[str] = None,
        retry: bool = False,
    ) -> RolesCreateResult:
        return self._call("roles_create", locals())
