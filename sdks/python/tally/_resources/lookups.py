from typing import Sequence

from .._models import ResourceLookupInput, ResourcesSearchResult
from ._base import ApiResource, operation


class Resources(ApiResource):
    """Accounts and videos looked up by handle, id or URL."""

    @operation("resources_search")
    def search(
        self, resources: Sequence[ResourceLookupInput], *, retry: bool = False
    ) -> ResourcesSearchResult:
        """Each of 1 to 50 lookups (``{"platform", "type", "identifier"}``), found or not."""
        return self._call("resources_search", locals())
