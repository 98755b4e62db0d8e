import {
  AppError,
  CreatorsSubjects,
  formatApiKey,
  IdentitySubjects,
  type Permission,
  type Principal,
  type VerifyKeyReply,
} from '@tally/contracts';
import { RpcErrorFilter, TallyServerNats } from '@tally/nest-kit';
import { Controller, INestMicroservice, Module, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import { randomBytes, randomUUID } from 'node:crypto';

type Subject = (typeof CreatorsSubjects)[keyof typeof CreatorsSubjects];
type Answer = (payload: Record<string, unknown>) => unknown;

/**
 * What the fake creators service answers on each subject, and what it was
 * asked. A subject without an answer fails as an unexpected error would.
 */
export class CreatorsScript {
  readonly received: { subject: Subject; payload: Record<string, unknown> }[] = [];
  private readonly answers = new Map<Subject, Answer>();

  /** Answers `subject` with `answer` (a value, or a function of the request) from now on. */
  on(subject: Subject, answer: unknown): void {
    this.answers.set(
      subject,
      typeof answer === 'function' ? (answer as Answer) : () => structuredClone(answer),
    );
  }

  /** Fails `subject` with this error from now on. */
  fail(subject: Subject, error: AppError): void {
    this.answers.set(subject, () => {
      throw error;
    });
  }

  /** The payload of the last request on `subject`. */
  last(subject: Subject): Record<string, unknown> | undefined {
    return this.received.filter((entry) => entry.subject === subject).at(-1)?.payload;
  }

  answer(subject: Subject, payload: Record<string, unknown>): unknown {
    this.received.push({ subject, payload });
    const answer = this.answers.get(subject);
    if (!answer) throw new Error(`no answer scripted for ${subject}`);
    return answer(payload);
  }
}

/** API keys the fake identity service knows, with the principal each one stands for. */
export class KnownKeys {
  private readonly keys = new Map<string, Principal>();

  add(
    type: 'secret' | 'publishable',
    permissions: Permission[],
    extra: Partial<Principal> = {},
  ): { key: string; principal: Principal } {
    const key = formatApiKey(type, randomBytes(24));
    const principal: Principal = {
      accountId: randomUUID(),
      credentialType: type === 'secret' ? 'secret_key' : 'publishable_key',
      credentialId: randomUUID(),
      environment: 'production',
      permissions,
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      ...extra,
    };
    this.keys.set(key, principal);
    return { key, principal };
  }

  verify(key: string): VerifyKeyReply {
    const principal = this.keys.get(key);
    return principal ? { valid: true, principal } : { valid: false, reason: 'unknown' };
  }
}

function creatorsHandler(script: CreatorsScript): Type {
  @Controller()
  class FakeCreatorsHandler {
    @MessagePattern(Object.values(CreatorsSubjects))
    handle(@Payload() payload: Record<string, unknown>, @Ctx() context: NatsContext): unknown {
      return script.answer(subjectOf(context), payload);
    }
  }
  return FakeCreatorsHandler;
}

/** The contract subject of a message, without the deployment's prefix. */
function subjectOf(context: NatsContext): Subject {
  const subject = context.getSubject();
  const prefix = process.env.NATS_SUBJECT_PREFIX;
  return (
    prefix && subject.startsWith(`${prefix}.`) ? subject.slice(prefix.length + 1) : subject
  ) as Subject;
}

function identityHandler(keys: KnownKeys): Type {
  @Controller()
  class FakeIdentityHandler {
    @MessagePattern(IdentitySubjects.verifyKey)
    verify(@Payload() payload: { key: string }): VerifyKeyReply {
      return keys.verify(payload.key);
    }
  }
  return FakeIdentityHandler;
}

async function startResponder(name: string, handler: Type): Promise<INestMicroservice> {
  @Module({ controllers: [handler] })
  class ResponderModule {}

  const microservice = await NestFactory.createMicroservice(ResponderModule, {
    strategy: new TallyServerNats({
      servers: [process.env.NATS_URL ?? 'nats://127.0.0.1:4222'],
      name: `fake-${name}`,
      queue: name,
      subjectPrefix: process.env.NATS_SUBJECT_PREFIX,
    }),
    logger: false,
  });
  microservice.useGlobalFilters(new RpcErrorFilter());
  await microservice.listen();
  return microservice;
}

export function startFakeCreators(script: CreatorsScript): Promise<INestMicroservice> {
  return startResponder('creators', creatorsHandler(script));
}

export function startFakeIdentity(keys: KnownKeys): Promise<INestMicroservice> {
  return startResponder('identity', identityHandler(keys));
}
