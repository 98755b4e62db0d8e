import { AppError } from '@tally/contracts';
import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { IdentityConfig } from '../config/identity.config.js';
import { IDENTITY_CONFIG } from '../config/identity.tokens.js';
import {
  RELEASE_ATTEMPT_SCRIPT,
  RESERVE_ATTEMPT_SCRIPT,
  SIGNED_IN_SCRIPT,
} from './sign-in-limits.lua.js';
import { SIGN_IN_REDIS, SignInRedis } from './sign-in-redis.js';

const RESERVE = 'tallySignInReserve';
const SIGNED_IN = 'tallySignInSignedIn';
const RELEASE = 'tallySignInRelease';

interface SignInCommands {
  [RESERVE](numberOfKeys: number, ...keysAndArgs: string[]): Promise<unknown>;
  [SIGNED_IN](numberOfKeys: number, ...keysAndArgs: string[]): Promise<unknown>;
  [RELEASE](numberOfKeys: number, ...keysAndArgs: string[]): Promise<unknown>;
}

type Refusal = 'pair' | 'address' | 'email';
type ReserveReply = ['reserved', 0] | [Refusal, number];

/** The first wait once an email is past its ceiling; each later failure doubles it. */
const FIRST_BACKOFF_MS = 1000;
/** Addresses remembered per email: enough for a person's devices and networks. */
const MAX_KNOWN_ADDRESSES = 20;
const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** An attempt counted against the limits before its password is checked. */
export interface SignInAttempt {
  readonly id: string;
  readonly keys: readonly string[];
}

/**
 * Failed sign-ins, counted in Redis and shared by every identity process:
 * - per email and address: LOGIN_MAX_FAILURES_PER_EMAIL_AND_IP, then refused
 *   until the oldest failure leaves the window;
 * - per address, whatever the email: LOGIN_MAX_FAILURES_PER_IP, the same way;
 * - per email from every address: past LOGIN_MAX_FAILURES_PER_EMAIL, each
 *   further attempt waits 1 s, then 2 s, 4 s… up to
 *   LOGIN_EMAIL_BACKOFF_MAX_SECONDS after the email's latest one. Addresses
 *   the email signed in from within LOGIN_KNOWN_ADDRESS_DAYS skip this wait,
 *   so strangers' failures never keep the owner out.
 *
 * Each attempt is reserved (counted as a failure) atomically before argon2
 * runs: a burst of parallel guesses gets no more checks than the limit.
 */
@Injectable()
export class SignInLimiter implements OnApplicationShutdown {
  private readonly logger = new Logger(SignInLimiter.name);
  private readonly redis: SignInRedis & SignInCommands;
  private readonly windowMs: number;
  private readonly knownForMs: number;

  constructor(
    @Inject(SIGN_IN_REDIS) redis: SignInRedis,
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
  ) {
    redis.defineCommand(RESERVE, { lua: RESERVE_ATTEMPT_SCRIPT });
    redis.defineCommand(SIGNED_IN, { lua: SIGNED_IN_SCRIPT });
    redis.defineCommand(RELEASE, { lua: RELEASE_ATTEMPT_SCRIPT });
    this.redis = redis as SignInRedis & SignInCommands;
    this.windowMs = config.LOGIN_FAILURE_WINDOW_MINUTES * MINUTE_MS;
    this.knownForMs = config.LOGIN_KNOWN_ADDRESS_DAYS * DAY_MS;
  }

  /**
   * Counts an attempt as a failure until told otherwise; throws `rate_limited`
   * (with when to come back) when a limit refuses it, `service_unavailable`
   * when the limits cannot be read.
   */
  async reserve(email: string, ip: string): Promise<SignInAttempt> {
    const attempt: SignInAttempt = { id: randomUUID(), keys: keysOf(email, ip) };
    let reply: unknown;
    try {
      // Times are this process's clock (tests move it): replicas a second or
      // two apart only shift a window of minutes by as much.
      reply = await this.redis[RESERVE](
        attempt.keys.length,
        ...attempt.keys,
        String(Date.now()),
        String(this.windowMs),
        attempt.id,
        String(this.config.LOGIN_MAX_FAILURES_PER_EMAIL_AND_IP),
        String(this.config.LOGIN_MAX_FAILURES_PER_IP),
        String(this.config.LOGIN_MAX_FAILURES_PER_EMAIL),
        String(FIRST_BACKOFF_MS),
        String(this.config.LOGIN_EMAIL_BACKOFF_MAX_SECONDS * 1000),
        ip,
        String(this.knownForMs),
      );
    } catch (error) {
      this.logger.error({ msg: 'sign-in limits could not be read', err: error });
      throw new AppError('service_unavailable', 'Sign-in is unavailable for a moment; try again.', [
        { service: 'identity', reason: 'sign-in limits cannot be checked' },
      ]);
    }
    if (!isReserveReply(reply)) throw new Error('The sign-in script replied in an unknown shape');
    const [verdict, waitMs] = reply;
    if (verdict !== 'reserved') throw refusal(verdict, waitMs);
    return attempt;
  }

  /**
   * The password was right (or the account was just created from `ip`):
   * forgets the email's failures from this address and remembers the address.
   * Never fails the sign-in: a lost update only leaves a failure counted.
   */
  async signedIn(email: string, ip: string, attempt?: SignInAttempt): Promise<void> {
    await this.redis[SIGNED_IN](
      4,
      ...keysOf(email, ip),
      attempt?.id ?? '',
      ip,
      String(Date.now()),
      String(this.knownForMs),
      String(MAX_KNOWN_ADDRESSES),
    ).catch((error: unknown) =>
      this.logger.warn({ msg: 'a sign-in could not be recorded in its limits', err: error }),
    );
  }

  /** The attempt ended before its password was checked: it counts nowhere. */
  async release(attempt: SignInAttempt): Promise<void> {
    await this.redis[RELEASE](attempt.keys.length, ...attempt.keys, attempt.id).catch(
      (error: unknown) =>
        this.logger.warn({ msg: 'a sign-in attempt could not be released', err: error }),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

// Every key gets REDIS_KEY_PREFIX in front of it from ioredis' keyPrefix, also
// as one of a script's KEYS. Emails are hashed: no addresses in Redis.
function keysOf(email: string, ip: string): string[] {
  const emailId = createHash('sha256').update(email.toLowerCase()).digest('hex').slice(0, 32);
  return [
    `signin:email-ip:${emailId}:${ip}`,
    `signin:ip:${ip}`,
    `signin:email:${emailId}`,
    `signin:known:${emailId}`,
  ];
}

function isReserveReply(reply: unknown): reply is ReserveReply {
  return (
    Array.isArray(reply) &&
    reply.length === 2 &&
    ['reserved', 'pair', 'address', 'email'].includes(reply[0] as string) &&
    typeof reply[1] === 'number'
  );
}

function refusal(limit: Refusal, waitMs: number): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil(waitMs / 1000));
  switch (limit) {
    case 'pair':
      return new AppError(
        'rate_limited',
        'Too many failed sign-ins for this email; try again later.',
        [{ field: 'email', reason: 'too_many_failures' }],
        retryAfterSeconds,
      );
    case 'address':
      return new AppError(
        'rate_limited',
        'Too many failed sign-ins from this address; try again later.',
        [{ reason: 'too_many_failures' }],
        retryAfterSeconds,
      );
    case 'email':
      return new AppError(
        'rate_limited',
        'This email has had many failed sign-ins; try again in a moment.',
        [{ field: 'email', reason: 'backing_off' }],
        retryAfterSeconds,
      );
  }
}
