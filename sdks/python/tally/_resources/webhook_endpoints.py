from typing import Optional, Sequence

from .._models import (
    WebhooksCreateResult,
    WebhooksDeleteResult,
    WebhooksDeliveriesItem,
    WebhooksGetResult,
    WebhooksListItem,
    WebhooksRetryDeliveryResult,
    WebhooksRotateSecretResult,
    WebhooksSendTestResult,
    WebhooksUpdateResult,
)
from .._pagination import Paginator
from ._base import ApiResource, operation


class WebhookEndpoints(ApiResource):
    """Where Tally POSTs events. The signing secret is in the answer of ``create`` and
    ``rotate_secret`` only; check deliveries with ``tally.verify_webhook``."""

    @operation("webhooks_create")
    def create(
        self,
        *,
        url: str,
        events: Sequence[str],
        description: Optional[str] = None,
        enabled: Optional[bool] = None,
        retry: bool = False,
    ) -> WebhooksCreateResult:
        """``events``: event types, or ``["*"]`` for all."""
        return self._call("webhooks_create", locals())

    @operation("webhooks_list")
    def list(
        self, *, limit: Optional[int] = None, cursor: Optional[str] = None
    ) -> Paginator[WebhooksListItem]:
        return self._list("webhooks_list", locals())

    @operation("webhooks_get")
    def get(self, id: str) -> WebhooksGetResult:
        return self._call("webhooks_get", locals())

    @operation("webhooks_update")
    def update(
        self,
        id: str,
        *,
        url: Optional[str] = None,
        events: Optional[Sequence[str]] = None,
        description: Optional[str] = None,
        enabled: Optional[bool] = None,
        retry: bool = False,
    ) -> WebhooksUpdateResult:
        return self._call("webhooks_update", locals())

    @operation("webhooks_delete")
    def delete(self, id: str) -> WebhooksDeleteResult:
        return self._call("webhooks_delete", locals())

    @operation("webhooks_deliveries")
    def deliveries(
        self, id: str, *, limit: Optional[int] = None, cursor: Optional[str] = None
    ) -> Paginator[WebhooksDeliveriesItem]:
        """The endpoint's delivery log (30 days), newest first."""
        return self._list("webhooks_deliveries", locals())

    @operation("webhooks_retryDelivery")
    def retry_delivery(
        self, id: str, delivery_id: str, *, retry: bool = False
    ) -> WebhooksRetryDeliveryResult:
        """Sends a delivery again now, with the same ``webhook-id``."""
        return self._call("webhooks_retryDelivery", locals())

    @operation("webhooks_rotateSecret")
    def rotate_secret(
        self, id: str, *, grace_hours: Optional[int] = None, retry: bool = False
    ) -> WebhooksRotateSecretResult:
        """A new signing secret; the old one signs beside it for ``grace_hours`` (default 24)."""
        return self._call("webhooks_rotateSecret", locals())

    @operation("webhooks_sendTest")
    def test(self, id: str, *, retry: bool = False) -> WebhooksSendTestResult:
        """A ``webhook.test`` event for this endpoint alone."""
        return self._call("webhooks_sendTest", locals())
