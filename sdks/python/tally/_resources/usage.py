from typing import Optional

from .._models import PlatformUsageReportResult, UsageReportResult
from ._base import ApiResource, operation


class Usage(ApiResource):
    @operation("usage_report")
    def get(self, *, period: Optional[str] = None) -> UsageReportResult:
        """The account's requests by outcome (``period``: ``24h`` or ``7d``) and its
        rate-limit pools."""
        return self._call("usage_report", locals())

    @operation("platformUsage_report")
    def platforms(self) -> PlatformUsageReportResult:
        """Each platform's limits and quota as they stand."""
        return self._call("platformUsage_report", locals())
