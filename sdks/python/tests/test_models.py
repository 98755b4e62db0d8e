import typing
import unittest

from tally import models


class ModelsTest(unittest.TestCase):
    def test_every_type_resolves(self) -> None:
        for name in models.__all__:
            value = getattr(models, name)
            if isinstance(value, type) and issubclass(value, dict):
                with self.subTest(name):
                    typing.get_type_hints(value)

    def test_marks_optional_fields_not_required(self) -> None:
        self.assertEqual(
            models.CreateKeyInput.__required_keys__,
            frozenset({"name", "type", "environment", "roles", "expiresInDays"}),
        )
        self.assertEqual(
            models.CreateKeyInput.__optional_keys__,
            frozenset({"allowedOrigins", "ownerUserId", "metadata"}),
        )

    def test_keeps_fields_named_like_keywords(self) -> None:
        self.assertIn("from", models.StatsHistory.__required_keys__)


if __name__ == "__main__":
    unittest.main()
