"""Every operation of the document is a method of the client, sending what the table says."""

import inspect
import re
import unittest
from typing import Any, Callable, Dict, List, Set, Tuple

from tally import Tally
from tally._models import OPERATIONS, OperationSpec
from tally._resources._base import ApiResource, operations_of
from tally._resources.not_wrapped import NOT_WRAPPED

from .fakes import FakeTransport, Sleeps, answer

# Parameters a method has beside its operation's own.
EXTRA_PARAMETERS = {"connect.start": {"platform"}}


def methods_of(tally: Tally) -> List[Tuple[str, Callable[..., Any], Tuple[str, ...]]]:
    """(``resource.method``, the bound method, the operations it sends) of every method."""
    found: List[Tuple[str, Callable[..., Any], Tuple[str, ...]]] = [
        ("ping", tally.ping, ("ping_ping",))
    ]
    resources = [(name, value) for name, value in sorted(vars(tally).items())]
    while resources:
        path, resource = resources.pop(0)
        if not isinstance(resource, ApiResource):
            continue
        for name, method in inspect.getmembers(resource, inspect.ismethod):
            if operations_of(method):
                found.append((f"{path}.{name}", method, operations_of(method)))
        resources += [(f"{path}.{name}", value) for name, value in sorted(vars(resource).items())]
    return found


def parameters_of(spec: OperationSpec) -> Set[str]:
    return {python for python, _ in spec.path_params + spec.query_params + spec.body_params}


def example_arguments(method: Callable[..., Any], spec: OperationSpec) -> Dict[str, Any]:
    arguments: Dict[str, Any] = {}
    for name in inspect.signature(method).parameters:
        if name == "retry":
            continue
        if name == "platform" and spec.path.startswith("/api/v1/connect/"):
            arguments[name] = spec.path.rsplit("/", 1)[1].upper()
        else:
            arguments[name] = "x1"
    return arguments


class OperationCoverageTest(unittest.TestCase):
    def test_wraps_every_operation_or_says_why_not(self) -> None:
        wrapped = {op for _, _, ops in methods_of(Tally(api_key="k")) for op in ops}

        self.assertEqual(
            set(OPERATIONS) - wrapped - set(NOT_WRAPPED),
            set(),
            "wrap these in a resource method, or add them to NOT_WRAPPED",
        )
        self.assertEqual(wrapped & set(NOT_WRAPPED), set())
        self.assertEqual(set(NOT_WRAPPED) - set(OPERATIONS), set(), "gone from the document")

    def test_takes_the_parameters_of_its_operation(self) -> None:
        for name, method, operation_ids in methods_of(Tally(api_key="k")):
            parameters = inspect.signature(method).parameters
            extra = EXTRA_PARAMETERS.get(name, set())
            required = {p for p, given in parameters.items() if given.default is given.empty}
            for operation_id in operation_ids:
                spec = OPERATIONS[operation_id]
                expected = parameters_of(spec) | extra
                if spec.method not in ("GET", "PUT", "DELETE"):
                    expected.add("retry")
                with self.subTest(method=name, operation=operation_id):
                    self.assertEqual(set(parameters), expected)
                    self.assertEqual(required - extra, set(spec.required))

    def test_sends_its_operation(self) -> None:
        for name, _, operation_ids in methods_of(Tally(api_key="k")):
            for operation_id in operation_ids:
                spec = OPERATIONS[operation_id]
                with self.subTest(method=name, operation=operation_id):
                    transport = FakeTransport(answer(data={"items": [], "nextCursor": None}))
                    tally = Tally(api_key="k", transport=transport, sleep=Sleeps())
                    method = dict((n, m) for n, m, _ in methods_of(tally))[name]
                    arguments = example_arguments(method, spec)

                    result = method(**arguments)
                    if spec.paginated:
                        result.first_page()

                    self.assertEqual(len(transport.requests), 1)
                    path = re.sub(r"\{[^}]+\}", "x1", spec.path)
                    self.assertEqual(
                        (transport.requests[0].method, transport.paths()[0]), (spec.method, path)
                    )
                    body, query = transport.json_body(), transport.query()
                    for python, api in spec.body_params:
                        self.assertEqual(body[api], arguments[python])
                    for python, api in spec.query_params:
                        self.assertEqual(query[api], arguments[python])


if __name__ == "__main__":
    unittest.main()
