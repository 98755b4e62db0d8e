import type { FastifyReply } from 'fastify';
import { errorPage } from '../consent/error-page.js';

export function showErrorPage(reply: FastifyReply, title: string, detail: string, status = 400) {
  return reply.code(status).type('text/html').send(errorPage(title, detail));
}

export function redirectTo(reply: FastifyReply, location: string) {
  return reply.code(302).header('location', location).send();
}
