from datetime import datetime
from typing import Optional, Union

from .._models import (
    CreatorsDisconnectResult,
    CreatorsListItem,
    CreatorsProfileResult,
    CreatorsStatsHistoryResult,
    CreatorsSyncResult,
    CreatorsSyncStatusResult,
    CreatorsVideosItem,
)
from .._pagination import Paginator
from ._base import ApiResource, operation


class Creators(ApiResource):
    """Connected creators: their profiles, stats history, videos and syncs."""

    @operation("creators_list")
    def list(
        self,
        *,
        platform: Optional[str] = None,
        external_id: Optional[str] = None,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
    ) -> Paginator[CreatorsListItem]:
        """Every creator of the account, newest first (``limit`` per page)."""
        return self._list("creators_list", locals())

    @operation("creators_profile")
    def get(self, id: str) -> CreatorsProfileResult:
        """A creator's profile and latest stats."""
        return self._call("creators_profile", locals())

    @operation("creators_videos")
    def videos(
        self, id: str, *, limit: Optional[int] = None, cursor: Optional[str] = None
    ) -> Paginator[CreatorsVideosItem]:
        """A creator's videos, newest first."""
        return self._list("creators_videos", locals())

    @operation("creators_statsHistory")
    def stats_history(
        self,
        id: str,
        *,
        from_: Optional[Union[str, datetime]] = None,
        to: Optional[Union[str, datetime]] = None,
        limit: Optional[int] = None,
    ) -> CreatorsStatsHistoryResult:
        """Snapshots of a creator's counts, oldest first; ``nextFrom`` continues a long range."""
        return self._call("creators_statsHistory", locals())

    @operation("creators_sync")
    def sync(self, id: str, *, retry: bool = False) -> CreatorsSyncResult:
        """Syncs the creator now: ``{"synced": True, ...}``, or the queued job while it runs."""
        return self._call("creators_sync", locals())

    @operation("creators_syncStatus")
    def sync_status(self, id: str) -> CreatorsSyncStatusResult:
        return self._call("creators_syncStatus", locals())

    @operation("creators_disconnect")
    def disconnect(self, id: str) -> CreatorsDisconnectResult:
        """Revokes access on the platform, then deletes the creator and its data."""
        return self._call("creators_disconnect", locals())
