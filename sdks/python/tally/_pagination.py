"""Cursor pages, and iterators that follow ``nextCursor`` to the end."""

from typing import Any, Callable, Generic, Iterator, List, Mapping, Optional, TypeVar

T = TypeVar("T")


class Page(Generic[T]):
    """One page of a list: its items and the cursors to the pages around it."""

    def __init__(
        self,
        items: List[T],
        next_cursor: Optional[str] = None,
        prev_cursor: Optional[str] = None,
        has_more_after: bool = False,
        has_more_before: bool = False,
    ) -> None:
        self.items = items
        #: Pass as ``cursor=`` for the items after this page; None on the last page.
        self.next_cursor = next_cursor
        #: Pass as ``cursor=`` for the items before this page; None on the first page.
        self.prev_cursor = prev_cursor
        self.has_more_after = has_more_after
        self.has_more_before = has_more_before

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> "Page[Any]":
        return cls(
            items=list(data.get("items") or []),
            next_cursor=data.get("nextCursor"),
            prev_cursor=data.get("prevCursor"),
            has_more_after=bool(data.get("hasMoreAfter")),
            has_more_before=bool(data.get("hasMoreBefore")),
        )

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        return f"Page(items={len(self.items)}, next_cursor={self.next_cursor!r})"


class Paginator(Generic[T]):
    """A list that fetches its pages as they are read.

    ``for item in paginator`` reads every item, page after page;
    ``paginator.pages()`` yields the pages; ``paginator.first_page()`` fetches
    just one. Nothing is fetched before one of them is called.
    """

    def __init__(self, fetch: Callable[[Optional[str]], Page[T]], cursor: Optional[str] = None):
        self._fetch = fetch
        self._cursor = cursor

    def first_page(self) -> Page[T]:
        return self._fetch(self._cursor)

    def pages(self) -> Iterator[Page[T]]:
        cursor = self._cursor
        while True:
            page = self._fetch(cursor)
            yield page
            if not page.next_cursor:
                return
            if page.next_cursor == cursor:
                raise RuntimeError(
                    "the API answered the cursor it was sent: the list would never end"
                )
            cursor = page.next_cursor

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items
