"""What every resource shares: sending its operations through the API client."""

from typing import Any, Callable, Mapping, Optional, Tuple, TypeVar

from .._api import ApiClient
from .._pagination import Paginator

F = TypeVar("F", bound=Callable[..., Any])

#: Where `operation` records the operation ids a method sends (the tests read it).
OPERATIONS_ATTRIBUTE = "__tally_operations__"


def operation(*operation_ids: str) -> Callable[[F], F]:
    """Marks the method that sends these operations of the generated table."""

    def mark(method: F) -> F:
        setattr(method, OPERATIONS_ATTRIBUTE, operation_ids)
        return method

    return mark


def operations_of(method: Any) -> Tuple[str, ...]:
    return getattr(method, OPERATIONS_ATTRIBUTE, ())


class ApiResource:
    def __init__(self, api: ApiClient) -> None:
        self._api = api

    def _call(self, operation_id: str, arguments: Mapping[str, Any]) -> Any:
        return self._api.call(operation_id, arguments)

    def _list(self, operation_id: str, arguments: Mapping[str, Any]) -> Paginator[Any]:
        fixed = {name: value for name, value in arguments.items() if name not in ("self", "cursor")}
        start: Optional[str] = arguments.get("cursor")
        return Paginator(
            lambda cursor: self._api.page(operation_id, {**fixed, "cursor": cursor}), start
        )
