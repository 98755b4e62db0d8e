import { appendFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { ExchangeSink, RequestFacts } from './exchange-sink.js';
import { observeFetch } from './fetch-observer.js';
import { observeHttpClient } from './http-client-observer.js';
import { COMMITTED_DOCUMENT_NAME, OpenApiDocument } from './openapi-document.js';
import { conformanceFailure, ProblemCollector } from './problem-collector.js';
import { ResponseChecker } from './response-checker.js';

/**
 * Jest setup (setupFilesAfterEnv) of the e2e package: every response a test
 * receives from a documented path, by fetch or node:http, is checked against
 * the committed OpenAPI document, and a test that received one that does not
 * conform fails with the list of problems.
 *
 * OPENAPI_CONFORMANCE_LOG=<file> also appends each problem there as a JSON line.
 */

/** How long the end of a test waits for response bodies still being read. */
const SETTLE_TIMEOUT_MS = 2_000;

const checker = new ResponseChecker(OpenApiDocument.load());
const collector = new ProblemCollector();
let inTest = false;

/** A CORS preflight is answered by the CORS layer for the browser, not by an operation. */
function isCorsPreflight(request: RequestFacts): boolean {
  return (
    request.method === 'OPTIONS' && request.header('access-control-request-method') !== undefined
  );
}

const sink: ExchangeSink = {
  open(request) {
    if (isCorsPreflight(request) || !checker.covers(request.url)) return undefined;
    const during = inTest ? '' : ' (in a beforeAll or afterAll hook)';
    return (exchange) => collector.add(checker.check(exchange).map((problem) => problem + during));
  },
  track: (read) => collector.track(read),
};

function log(problems: readonly string[], test: string): void {
  const file = process.env.OPENAPI_CONFORMANCE_LOG;
  if (!file || problems.length === 0) return;
  const testFile = relative(process.cwd(), expect.getState().testPath ?? '');
  appendFileSync(
    file,
    problems.map((problem) => `${JSON.stringify({ testFile, test, problem })}\n`).join(''),
  );
}

function failOn(problems: readonly string[], test: string): void {
  log(problems, test);
  if (problems.length === 0) return;
  const error = new Error(conformanceFailure(problems, COMMITTED_DOCUMENT_NAME));
  // The stack would point here, not at the request: the message says it all.
  error.stack = error.message;
  throw error;
}

const unobservedFetch = globalThis.fetch;
globalThis.fetch = observeFetch(unobservedFetch, sink);
const stopObservingHttp = observeHttpClient(sink);

beforeEach(() => {
  inTest = true;
});

afterEach(async () => {
  await collector.settle(SETTLE_TIMEOUT_MS);
  inTest = false;
  failOn(collector.take(), expect.getState().currentTestName ?? '(unnamed test)');
});

afterAll(async () => {
  await collector.settle(SETTLE_TIMEOUT_MS);
  stopObservingHttp();
  globalThis.fetch = unobservedFetch;
  failOn(collector.take(), '(beforeAll or afterAll)');
});
