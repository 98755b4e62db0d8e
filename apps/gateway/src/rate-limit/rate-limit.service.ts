import type { HealthCheckResult } from '@tally/nest-kit';
import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { once } from 'node:events';
import { ConsumeScript, RateArgs, rateArgs } from './consume-script.js';
import { CredentialCounters, credentialCounters } from './credential-counters.js';
import { decisionFrom } from './decision.js';
import { ipBucket } from './ip-bucket.js';
import { LastSeenLimits } from './last-seen-limits.js';
import { MemoryRateLimiter } from './memory-rate-limiter.js';
import type { RateLimitDefaults, RateLimitName } from './rate.js';
import type { RateLimitDecision, RateLimitSubject } from './rate-limit-decision.js';
import { openRateLimitRedis, RateLimitRedis } from './rate-limit-redis.js';
import { ipCounterKey } from './rate-limit.keys.js';
import {
  DEFAULT_COMMAND_TIMEOUT_MS,
  DEFAULT_FALLBACK_MAX_COUNTERS,
  RateLimitOptions,
} from './rate-limit.options.js';
import { RedisCircuit } from './redis-circuit.js';
import type { WindowCounts } from './window-counts.js';

const PAUSE_AFTER_SLOW_FAILURE_MS = 1000;
const MAX_REMEMBERED_ACCOUNTS = 10_000;
// How long start-up waits for the first connection before counting in memory.
const STARTUP_CONNECT_WAIT_MS = 3000;
const FALLBACK_NOTICE = 'rate limits are counted per gateway process until Redis is back';

/**
 * Counts every request against the limits that apply to it: in Redis, shared by
 * every gateway, with one script call per request; in this process's memory
 * while Redis is unreachable, so that the gateway keeps serving.
 */
export class RateLimitService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('RateLimit');
  private readonly redis: RateLimitRedis;
  private readonly script: ConsumeScript;
  private readonly circuit: RedisCircuit;
  private readonly memory: MemoryRateLimiter;
  private readonly lastSeen = new LastSeenLimits(MAX_REMEMBERED_ACCOUNTS);
  private readonly defaults: RateLimitDefaults;
  private readonly args: Record<keyof RateLimitDefaults, RateArgs>;
  private countingInMemory = false;

  constructor(options: RateLimitOptions) {
    this.defaults = options.defaults;
    this.args = {
      development: rateArgs(options.defaults.development),
      production: rateArgs(options.defaults.production),
      burst: rateArgs(options.defaults.burst),
      ip: rateArgs(options.defaults.ip),
      publishable: rateArgs(options.defaults.publishable),
      publishableIp: rateArgs(options.defaults.publishableIp),
    };
    const commandTimeoutMs = options.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS;
    this.redis = openRateLimitRedis(options.redis, commandTimeoutMs);
    // Connection errors surface as failed calls; the listener only keeps ioredis from printing each retry.
    this.redis.on('error', () => undefined);
    this.script = new ConsumeScript(this.redis);
    this.circuit = new RedisCircuit(this.redis, commandTimeoutMs / 2, PAUSE_AFTER_SLOW_FAILURE_MS);
    this.memory = new MemoryRateLimiter(
      options.fallbackMaxCounters ?? DEFAULT_FALLBACK_MAX_COUNTERS,
    );
  }

  consume(subject: RateLimitSubject): Promise<RateLimitDecision> {
    const bucket = ipBucket(subject.ip);
    const ipKey = ipCounterKey(bucket);
    const counters = subject.principal && credentialCounters(subject.principal, bucket);
    const names = counters && ([counters[0].name, counters[1].name] as const);
    if (!this.circuit.usable) return Promise.resolve(this.decideInMemory(ipKey, counters, names));
    const startedAt = Date.now();
    // One promise per layer, not an async function's two: this runs on every request.
    return this.countInRedis(ipKey, counters).then(
      (counts) => {
        this.redisAnswered();
        return decisionFrom(counts, 'redis', names);
      },
      (error: unknown) => {
        this.redisFailed(error, startedAt);
        return this.decideInMemory(ipKey, counters, names);
      },
    );
  }

  /** For readiness: `degraded` while requests are counted in memory. */
  async redisHealth(): Promise<HealthCheckResult> {
    if (this.redis.status !== 'ready') return unreachable(`connection ${this.redis.status}`);
    try {
      await this.redis.ping();
      return { status: 'up' };
    } catch (error) {
      return unreachable(messageOf(error));
    }
  }

  /**
   * Waits (briefly) for the first connection before the gateway takes requests:
   * a request that arrives while the connection is still being made must not
   * take it for an outage and warn about one. A refused connection ends the
   * wait at once (ioredis emits its error), a silent one after the timeout.
   */
  async onApplicationBootstrap(): Promise<void> {
    if (await this.connectedWithin(STARTUP_CONNECT_WAIT_MS)) return;
    this.switchToMemory(
      `Redis could not be reached at start (connection ${this.redis.status}); ${FALLBACK_NOTICE}`,
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }

  private countInRedis(
    ipKey: string,
    counters: CredentialCounters | undefined,
  ): Promise<WindowCounts> {
    if (!counters) {
      return this.script.forAddress(ipKey, this.args.ip).then((counts) => {
        this.lastSeen.noteIp(counts, this.defaults.ip);
        return counts;
      });
    }
    const [pool, second] = counters;
    return this.script
      .forCredential(
        ipKey,
        this.args.ip,
        { key: pool.key, rate: this.args[pool.defaultRate], overrideField: pool.overrideField },
        {
          key: second.key,
          rate: this.args[second.defaultRate],
          overrideField: second.overrideField,
        },
      )
      .then((counts) => {
        this.lastSeen.noteIp(counts, this.defaults.ip);
        this.lastSeen.noteAccount(
          pool.key,
          counts,
          this.defaults[pool.defaultRate],
          this.defaults[second.defaultRate],
        );
        return counts;
      });
  }

  private async connectedWithin(ms: number): Promise<boolean> {
    if (this.redis.status === 'ready') return true;
    try {
      await once(this.redis, 'ready', { signal: AbortSignal.timeout(ms) });
      return true;
    } catch {
      return false;
    }
  }

  private decideInMemory(
    ipKey: string,
    counters: CredentialCounters | undefined,
    names: readonly [RateLimitName, RateLimitName] | undefined,
  ): RateLimitDecision {
    return decisionFrom(this.countInMemory(ipKey, counters), 'memory', names);
  }

  private countInMemory(ipKey: string, counters: CredentialCounters | undefined): WindowCounts {
    this.switchToMemory(`Redis is unreachable; ${FALLBACK_NOTICE}`);
    const ip = this.lastSeen.ip(this.defaults.ip);
    if (!counters) return this.memory.consume([ipKey], [ip]);
    const [pool, second] = counters;
    const known = this.lastSeen.account(pool.key);
    return this.memory.consume(
      [ipKey, pool.key, second.key],
      [
        ip,
        known?.pool ?? this.defaults[pool.defaultRate],
        known?.burst ?? this.defaults[second.defaultRate],
      ],
    );
  }

  private redisAnswered(): void {
    this.circuit.succeeded();
    if (!this.countingInMemory) return;
    this.countingInMemory = false;
    this.memory.clear();
    this.logger.log('Redis answers again; rate limits are shared by every gateway again');
  }

  private redisFailed(error: unknown, startedAt: number): void {
    this.circuit.failed(startedAt);
    this.switchToMemory(`Redis failed (${messageOf(error)}); ${FALLBACK_NOTICE}`);
  }

  private switchToMemory(reason: string): void {
    if (this.countingInMemory) return;
    this.countingInMemory = true;
    this.logger.warn(reason);
  }
}

function unreachable(reason: string): HealthCheckResult {
  return { status: 'degraded', detail: `Redis is unreachable (${reason}); ${FALLBACK_NOTICE}` };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
