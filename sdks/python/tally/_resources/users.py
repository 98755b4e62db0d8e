from .._models import UsersMeResult
from ._base import ApiResource, operation


class Users(ApiResource):
    @operation("users_me")
    def me(self) -> UsersMeResult:
        """Who the credential is: account, owner, roles, permissions, environment, expiry."""
        return self._call("users_me", locals())
