"""The committed _models.py is what the generator makes of openapi/openapi.json."""

import json
import shutil
import subprocess
import tempfile
import unittest
from pathlib import Path

SDK_DIR = Path(__file__).resolve().parent.parent
ROOT = SDK_DIR.parent.parent
GENERATOR = SDK_DIR / "scripts" / "generate.mjs"
DOCUMENT = ROOT / "openapi" / "openapi.json"
MODELS = SDK_DIR / "tally" / "_models.py"
NODE = shutil.which("node")


@unittest.skipUnless(
    NODE and DOCUMENT.exists(), "needs node and the repository's openapi/openapi.json"
)
class GeneratorTest(unittest.TestCase):
    def run_generator(self, *arguments: str) -> "subprocess.CompletedProcess[str]":
        return subprocess.run(
            [str(NODE), str(GENERATOR), *arguments],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )

    def test_the_committed_models_are_up_to_date(self) -> None:
        result = self.run_generator("--check")

        self.assertEqual(result.returncode, 0, result.stderr)

    def test_check_fails_on_a_stale_file_and_names_the_command(self) -> None:
        with tempfile.TemporaryDirectory() as directory:
            stale = Path(directory) / "_models.py"
            current = MODELS.read_text()
            stale.write_text(current.replace("class CreatorView(", "class OldCreatorView("))

            result = self.run_generator("--check", "--output", str(stale))

        self.assertNotEqual(result.returncode, 0)
        self.assertIn("node sdks/python/scripts/generate.mjs", result.stderr)

    def test_a_new_field_in_the_document_changes_the_models(self) -> None:
        document = json.loads(DOCUMENT.read_text())
        view = document["components"]["schemas"]["CreatorView"]
        view["properties"]["brandNewField"] = {"type": "string", "description": "Added."}
        with tempfile.TemporaryDirectory() as directory:
            changed = Path(directory) / "openapi.json"
            changed.write_text(json.dumps(document))

            check = self.run_generator("--check", "--document", str(changed))
            output = Path(directory) / "_models.py"
            self.run_generator("--document", str(changed), "--output", str(output))
            generated = output.read_text()

        self.assertNotEqual(check.returncode, 0)
        self.assertIn("brandNewField: str", generated)

    def test_writes_the_same_file_every_time(self) -> None:
        with tempfile.TemporaryDirectory() as directory:
            outputs = [Path(directory) / f"{n}.py" for n in range(2)]
            for output in outputs:
                self.assertEqual(self.run_generator("--output", str(output)).returncode, 0)
            self.assertEqual(outputs[0].read_bytes(), outputs[1].read_bytes())
            self.assertEqual(outputs[0].read_bytes(), MODELS.read_bytes())


if __name__ == "__main__":
    unittest.main()
