import { type AppError, WebhooksSubjects } from '@tally/contracts';
import { RpcErrorFilter, TallyServerNats } from '@tally/nest-kit';
import { Controller, type INestMicroservice, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';

export type WebhooksSubject = (typeof WebhooksSubjects)[keyof typeof WebhooksSubjects];
type Answer = (payload: Record<string, unknown>) => unknown;

/**
 * What the fake webhooks service answers on each subject, and what it was
 * asked. A subject without an answer fails as an unexpected error would.
 */
export class WebhooksScript {
  readonly received: { subject: WebhooksSubject; payload: Record<string, unknown> }[] = [];
  private readonly answers = new Map<WebhooksSubject, Answer>();

  /** Answers `subject` with `answer` (a value, or a function of the request) from now on. */
  on(subject: WebhooksSubject, answer: unknown): void {
    this.answers.set(
      subject,
      typeof answer === 'function' ? (answer as Answer) : () => structuredClone(answer),
    );
  }

  /** Fails `subject` with this error from now on. */
  fail(subject: WebhooksSubject, error: AppError): void {
    this.answers.set(subject, () => {
      throw error;
    });
  }

  /** The payload of the last request on `subject`. */
  last(subject: WebhooksSubject): Record<string, unknown> | undefined {
    return this.received.filter((entry) => entry.subject === subject).at(-1)?.payload;
  }

  answer(subject: WebhooksSubject, payload: Record<string, unknown>): unknown {
    this.received.push({ subject, payload });
    const answer = this.answers.get(subject);
    if (!answer) throw new Error(`no answer scripted for ${subject}`);
    return answer(payload);
  }
}

/** The contract subject of a message, without the deployment's prefix. */
function subjectOf(context: NatsContext): WebhooksSubject {
  const subject = context.getSubject();
  const prefix = process.env.NATS_SUBJECT_PREFIX;
  return (
    prefix && subject.startsWith(`${prefix}.`) ? subject.slice(prefix.length + 1) : subject
  ) as WebhooksSubject;
}

/** A webhooks service on NATS that answers as the script says. */
export async function startFakeWebhooks(script: WebhooksScript): Promise<INestMicroservice> {
  @Controller()
  class FakeWebhooksHandler {
    @MessagePattern(Object.values(WebhooksSubjects))
    handle(@Payload() payload: Record<string, unknown>, @Ctx() context: NatsContext): unknown {
      return script.answer(subjectOf(context), payload);
    }
  }

  @Module({ controllers: [FakeWebhooksHandler] })
  class FakeWebhooksModule {}

  const microservice = await NestFactory.createMicroservice(FakeWebhooksModule, {
    strategy: new TallyServerNats({
      servers: [process.env.NATS_URL ?? 'nats://127.0.0.1:4222'],
      name: 'fake-webhooks',
      queue: 'webhooks',
      subjectPrefix: process.env.NATS_SUBJECT_PREFIX,
    }),
    logger: false,
  });
  microservice.useGlobalFilters(new RpcErrorFilter());
  await microservice.listen();
  return microservice;
}
