"""Operations of the generated table turned into requests, and answers into data."""

import json
from datetime import date, datetime
from typing import Any, Dict, List, Mapping, Optional, Tuple, Union
from urllib.parse import quote, urlencode

from ._auth import ApiKeyAuth, ClientCredentialsAuth
from ._errors import UNEXPECTED_RESPONSE, TallyError, error_from_response
from ._http import HttpClient
from ._models import OPERATIONS, OperationSpec
from ._pagination import Page
from ._retry import IDEMPOTENT_METHODS
from ._transport import HttpResponse

Auth = Union[ApiKeyAuth, ClientCredentialsAuth]


class ApiClient:
    def __init__(self, http: HttpClient, auth: Auth) -> None:
        self._http = http
        self._auth = auth

    def call(self, operation_id: str, arguments: Mapping[str, Any]) -> Any:
        """Sends one operation with the method's arguments (by their Python names); its data."""
        spec = OPERATIONS[operation_id]
        retry = arguments.get("retry")
        response = self._send(
            spec.method,
            _path(spec, arguments),
            query=_query(spec, arguments),
            body=_body(spec, arguments),
            public=spec.public,
            retryable=bool(retry) if retry is not None else spec.method in IDEMPOTENT_METHODS,
        )
        return _data(response)

    def page(self, operation_id: str, arguments: Mapping[str, Any]) -> Page[Any]:
        data = self.call(operation_id, arguments)
        if not isinstance(data, dict) or not isinstance(data.get("items"), list):
            raise TallyError(
                f"{operation_id} did not answer a page", status=None, code=UNEXPECTED_RESPONSE
            )
        return Page.from_data(data)

    def request(
        self,
        method: str,
        path: str,
        *,
        query: Optional[Mapping[str, Any]] = None,
        body: Any = None,
        retry: Optional[bool] = None,
    ) -> Any:
        """Any route, with the client's credential, retries and errors; the envelope's data."""
        method = method.upper()
        encoded: Optional[Tuple[str, bytes]] = None
        if body is not None:
            encoded = ("application/json", json.dumps(body).encode())
        response = self._send(
            method,
            path if path.startswith("/") else f"/{path}",
            query=[
                (name, _query_value(value))
                for name, value in (query or {}).items()
                if value is not None
            ],
            body=encoded,
            public=False,
            retryable=bool(retry) if retry is not None else method in IDEMPOTENT_METHODS,
        )
        return _data(response)

    def _send(
        self,
        method: str,
        path: str,
        *,
        query: List[Tuple[str, str]],
        body: Optional[Tuple[str, bytes]],
        public: bool,
        retryable: bool,
    ) -> HttpResponse:
        headers: Dict[str, str] = {}
        if body is not None:
            headers["content-type"] = body[0]

        def send(credential: Mapping[str, str]) -> HttpResponse:
            return self._http.send(
                method,
                path,
                query=query,
                headers={**headers, **credential},
                body=body[1] if body is not None else None,
                retryable=retryable,
            )

        if public:
            return send({})
        credential = self._auth.headers()
        response = send(credential)
        # A refused access token (expired early, revoked) is worth one more: a new one.
        # The request was refused before anything was done, so sending it again is safe.
        if response.status == 401 and self._auth.renew(credential):
            response = send(self._auth.headers())
        return response


def _path(spec: OperationSpec, arguments: Mapping[str, Any]) -> str:
    path = spec.path
    for python_name, api_name in spec.path_params:
        value = arguments.get(python_name)
        if value is None or str(value) == "":
            raise ValueError(f"{python_name} is required")
        path = path.replace("{" + api_name + "}", quote(str(value), safe=""))
    return path


def _query(spec: OperationSpec, arguments: Mapping[str, Any]) -> List[Tuple[str, str]]:
    return [
        (api_name, _query_value(arguments[python_name]))
        for python_name, api_name in spec.query_params
        if arguments.get(python_name) is not None
    ]


def _query_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return str(value)


def _body(spec: OperationSpec, arguments: Mapping[str, Any]) -> Optional[Tuple[str, bytes]]:
    if spec.body_encoding is None:
        return None
    fields = {
        api_name: arguments[python_name]
        for python_name, api_name in spec.body_params
        if arguments.get(python_name) is not None
    }
    if spec.body_encoding == "form":
        return ("application/x-www-form-urlencoded", urlencode(fields).encode())
    return ("application/json", json.dumps(fields, default=_json_default).encode())


def _json_default(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def _data(response: HttpResponse) -> Any:
    if not 200 <= response.status < 300:
        raise error_from_response(response)
    if not response.body:
        return None
    try:
        body = json.loads(response.body)
    except ValueError as error:
        raise TallyError(
            f"HTTP {response.status} with a body that is not JSON",
            status=response.status,
            code=UNEXPECTED_RESPONSE,
            request_id=response.header("x-request-id"),
        ) from error
    if isinstance(body, dict) and body.get("success") is True and "data" in body:
        return body["data"]
    return body
