import unittest

from tally import Tally

from .fakes import FakeTransport, Sleeps, answer


def page(ids, next_cursor=None):  # type: ignore[no-untyped-def]
    return answer(
        data={
            "items": [{"id": i} for i in ids],
            "nextCursor": next_cursor,
            "prevCursor": None,
            "hasMoreAfter": next_cursor is not None,
            "hasMoreBefore": False,
        }
    )


class PaginationTest(unittest.TestCase):
    def test_iterates_every_item_following_next_cursor(self) -> None:
        transport = FakeTransport(page(["a", "b"], "c1"), page(["c", "d"], "c2"), page(["e"]))
        tally = Tally(api_key="tly_sk_test", transport=transport, sleep=Sleeps())

        ids = [creator["id"] for creator in tally.creators.list(platform="tiktok", limit=2)]

        self.assertEqual(ids, ["a", "b", "c", "d", "e"])
        self.assertEqual(transport.paths(), ["/api/v1/creators"] * 3)
        self.assertEqual(
            [transport.query(i) for i in range(3)],
            [
                {"platform": "tiktok", "limit": "2"},
                {"platform": "tiktok", "limit": "2", "cursor": "c1"},
                {"platform": "tiktok", "limit": "2", "cursor": "c2"},
            ],
        )

    def test_fetches_nothing_until_read(self) -> None:
        transport = FakeTransport()
        tally = Tally(api_key="tly_sk_test", transport=transport, sleep=Sleeps())

        tally.creators.videos("c1")

        self.assertEqual(transport.requests, [])

    def test_fetches_one_page_from_a_cursor(self) -> None:
        transport = FakeTransport(page(["c", "d"], "c2"))
        tally = Tally(api_key="tly_sk_test", transport=transport, sleep=Sleeps())

        first = tally.creators.videos("c 1", limit=2, cursor="c1").first_page()

        self.assertEqual([video["id"] for video in first], ["c", "d"])
        self.assertEqual(first.next_cursor, "c2")
        self.assertTrue(first.has_more_after)
        self.assertEqual(transport.paths(), ["/api/v1/creators/c%201/videos"])
        self.assertEqual(transport.query(), {"limit": "2", "cursor": "c1"})

    def test_yields_the_pages(self) -> None:
        transport = FakeTransport(page(["a"], "c1"), page([]))
        tally = Tally(api_key="tly_sk_test", transport=transport, sleep=Sleeps())

        pages = list(tally.keys.list().pages())

        self.assertEqual([len(p) for p in pages], [1, 0])
        self.assertIsNone(pages[-1].next_cursor)

    def test_stops_when_the_api_sends_back_the_same_cursor(self) -> None:
        transport = FakeTransport(page(["a"], "c1"), page(["a"], "c1"))
        tally = Tally(api_key="tly_sk_test", transport=transport, sleep=Sleeps())

        with self.assertRaises(RuntimeError):
            list(tally.keys.list())


if __name__ == "__main__":
    unittest.main()
