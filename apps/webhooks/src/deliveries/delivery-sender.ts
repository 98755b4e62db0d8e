import type { TokenCipher } from '@tally/nest-kit';
import { Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import type { EndpointRow } from '../endpoints/endpoint-rows.js';
import { type HostResolver, vetEndpointUrl } from '../urls/endpoint-url-policy.js';
import type {
  AttemptRecord,
  DeliveriesRepository,
  DeliveryTarget,
} from './deliveries.repository.js';
import { DeliveryRetryError } from './delivery-errors.js';
import { type PostOutcome, postPinned } from './pinned-post.js';
import type { RetrySchedule } from './retry-schedule.js';
import { webhookMessage } from './webhook-message.js';

const DAY_MS = 24 * 3600 * 1000;
/** An endpoint that has failed every delivery for this long is disabled. */
export const DISABLE_AFTER_FAILING_MS = 5 * DAY_MS;

export interface DeliverySenderOptions {
  allowPrivate: boolean;
  timeoutMs: number;
  resolve?: HostResolver;
  schedule: () => RetrySchedule;
  /** Aborted when the process stops: attempts under way end at once, and are tried again. */
  stopping?: AbortSignal;
  now?: () => Date;
}

/** Where a job's run stands: BullMQ's count of its failed attempts, and how many it may take. */
export interface JobRun {
  attemptsMade: number;
  attempts: number;
}

export type SendResult = 'delivered' | 'already done' | 'gone' | 'endpoint disabled';

/**
 * One attempt of one delivery: checks the endpoint's URL again (DNS may have
 * changed since it was created) and POSTs the signed event to the vetted
 * address, then records how it went. A failure throws: DeliveryRetryError
 * when another attempt follows, UnrecoverableError when none does.
 */
export class DeliverySender {
  private readonly logger = new Logger(DeliverySender.name);
  private readonly now: () => Date;

  constructor(
    private readonly deliveries: DeliveriesRepository,
    private readonly cipher: TokenCipher,
    private readonly options: DeliverySenderOptions,
  ) {
    this.now = options.now ?? (() => new Date());
  }

  async send(deliveryId: string, run: JobRun): Promise<SendResult> {
    const target = await this.deliveries.target(deliveryId);
    if (!target) return 'gone';
    if (target.status !== 'pending') return 'already done';
    if (!target.endpoint.enabled) {
      await this.deliveries.recordSkipped(target.id, 'Not sent: the endpoint is disabled.');
      return 'endpoint disabled';
    }
    const at = this.now();
    const outcome = await this.attempt(target, at);
    const status = outcome.statusCode;
    if (status !== null && status >= 200 && status < 300) {
      await this.deliveries.recordDelivered(target, outcome);
      this.logger.log({ msg: 'webhook delivered', ...this.logFields(target, outcome) });
      return 'delivered';
    }
    if (status === 410) return this.gone(target, outcome, at);
    return this.failed(target, outcome, run, at);
  }

  private async attempt(target: DeliveryTarget, at: Date): Promise<PostOutcome> {
    const vetted = await vetEndpointUrl(target.endpoint.url, {
      allowPrivate: this.options.allowPrivate,
      resolve: this.options.resolve,
    });
    if (!vetted.ok) {
      return {
        statusCode: null,
        response: null,
        error: `Refused: ${vetted.reason}.`,
        durationMs: 0,
      };
    }
    const message = webhookMessage(target.event, this.secretsOf(target.endpoint, at), at);
    return postPinned({
      url: vetted.url,
      addresses: vetted.addresses,
      headers: message.headers,
      body: message.body,
      timeoutMs: this.options.timeoutMs,
      signal: this.options.stopping,
    });
  }

  /** The current secret, and the previous one while its grace period lasts. */
  private secretsOf(endpoint: EndpointRow, at: Date): string[] {
    const secrets = [
      this.cipher.open({ keyId: endpoint.secretKeyId, sealed: endpoint.secret }, endpoint.id),
    ];
    if (
      endpoint.previousSecret &&
      endpoint.previousSecretKeyId &&
      endpoint.previousSecretExpiresAt &&
      endpoint.previousSecretExpiresAt.getTime() > at.getTime()
    ) {
      secrets.push(
        this.cipher.open(
          { keyId: endpoint.previousSecretKeyId, sealed: endpoint.previousSecret },
          endpoint.id,
        ),
      );
    }
    return secrets;
  }

  private async gone(target: DeliveryTarget, outcome: PostOutcome, at: Date): Promise<never> {
    const reason = `The endpoint answered 410 Gone on ${at.toISOString()}: it asked for no more deliveries, so it was disabled.`;
    await this.deliveries.recordGone(target, outcome, reason);
    this.logger.warn({
      msg: 'webhook endpoint gone: disabled',
      ...this.logFields(target, outcome),
    });
    throw new UnrecoverableError(reason);
  }

  private async failed(
    target: DeliveryTarget,
    outcome: PostOutcome,
    run: JobRun,
    at: Date,
  ): Promise<never> {
    const record: AttemptRecord = { ...outcome, error: outcome.error ?? errorOfStatus(outcome) };
    const lastAttempt = run.attemptsMade + 1 >= run.attempts;
    const retryInMs = lastAttempt ? null : this.options.schedule().delayAfter(run.attemptsMade + 1);
    const result = await this.deliveries.recordFailed(target, {
      ...record,
      at,
      nextAttemptAt: retryInMs === null ? null : new Date(at.getTime() + retryInMs),
      disableIfFailingSince: new Date(at.getTime() - DISABLE_AFTER_FAILING_MS),
      disableReason: `Every delivery failed for ${DISABLE_AFTER_FAILING_MS / DAY_MS} days, so the endpoint was disabled on ${at.toISOString()} (last: ${record.error}).`,
    });
    const fields = { ...this.logFields(target, record), retryInMs };
    if (result.endpointDisabled) {
      this.logger.warn({ msg: 'webhook endpoint failing for days: disabled', ...fields });
    }
    if (result.failedForGood || retryInMs === null) {
      this.logger.warn({ msg: 'webhook delivery failed for good', ...fields });
      throw new UnrecoverableError(record.error ?? 'delivery failed');
    }
    this.logger.log({ msg: 'webhook delivery failed; retrying', ...fields });
    throw new DeliveryRetryError(record.error ?? 'delivery failed', retryInMs);
  }

  /** What a log line says of an attempt: never the secrets, nor the body. */
  private logFields(target: DeliveryTarget, outcome: AttemptRecord) {
    return {
      deliveryId: target.id,
      endpointId: target.endpoint.id,
      eventId: target.event.id,
      eventType: target.event.type,
      statusCode: outcome.statusCode,
      error: outcome.error,
      durationMs: outcome.durationMs,
    };
  }
}

function errorOfStatus(outcome: PostOutcome): string {
  const status = outcome.statusCode ?? 0;
  if (status >= 300 && status < 400) {
    return `The endpoint answered ${status}: redirects are not followed.`;
  }
  return `The endpoint answered ${status}, not 2xx.`;
}
