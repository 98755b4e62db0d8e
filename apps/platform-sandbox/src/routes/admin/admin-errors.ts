import type { FastifyReply } from 'fastify';
import type { z } from 'zod';

/** Admin routes answer a bad body with 400 and zod's list of problems. */
export function sendAdminValidationError(reply: FastifyReply, error: z.ZodError) {
  return reply.code(400).send({
    error: 'invalid_body',
    problems: error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`),
  });
}

/** Admin bodies are JSON; an unreadable one reads as undefined and fails validation. */
export function jsonBodyOf(body: unknown): unknown {
  if (typeof body !== 'string' || body.trim() === '') return {};
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}
