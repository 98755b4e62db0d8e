import 'reflect-metadata';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildOfflineOpenApiDocument,
  OPENAPI_ARTEFACT,
  serializeOpenApiDocument,
} from './offline-document.js';

// apps/gateway/dist/openapi/write-openapi.js → the repository's root.
const target = fileURLToPath(new URL(`../../../../${OPENAPI_ARTEFACT}`, import.meta.url));

async function readCurrent(): Promise<string | undefined> {
  try {
    return await readFile(target, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Writes openapi/openapi.json, only when it changed (so its mtime means something). */
async function main(): Promise<void> {
  const text = serializeOpenApiDocument(await buildOfflineOpenApiDocument());
  if ((await readCurrent()) === text) {
    process.stdout.write(`${OPENAPI_ARTEFACT} is up to date\n`);
    return;
  }
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, text);
  process.stdout.write(`${OPENAPI_ARTEFACT} written\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`could not write ${OPENAPI_ARTEFACT}: ${String(error)}\n`);
  if (error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  process.exitCode = 1;
});
