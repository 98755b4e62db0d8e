import { OPENAPI_ARTEFACT } from '../../src/openapi/offline-document.js';

const REFRESH = `run \`npm run openapi\` (or \`npm run build\`) and commit ${OPENAPI_ARTEFACT}`;
const LISTED_PLACES = 8;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pointerPart(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** JSON pointers of the places where two documents differ, outermost first. */
function differingPlaces(committed: unknown, generated: unknown, at = ''): string[] {
  if (Array.isArray(committed) && Array.isArray(generated)) {
    if (committed.length !== generated.length) return [at || '/'];
    return committed.flatMap((item, index) =>
      differingPlaces(item, generated[index], `${at}/${index}`),
    );
  }
  if (isRecord(committed) && isRecord(generated)) {
    const keys = [...new Set([...Object.keys(committed), ...Object.keys(generated)])].sort();
    return keys.flatMap((key) => {
      const place = `${at}/${pointerPart(key)}`;
      if (!(key in committed)) return [`${place} (not committed)`];
      if (!(key in generated)) return [`${place} (no longer generated)`];
      return differingPlaces(committed[key], generated[key], place);
    });
  }
  return Object.is(committed, generated) ? [] : [at || '/'];
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Why the committed document is not what the code generates, as one sentence
 * that says how to refresh it; none when it is.
 */
export function artefactDrift(committed: string | undefined, generated: string): string[] {
  if (committed === undefined) return [`${OPENAPI_ARTEFACT} is missing: ${REFRESH}`];
  if (committed === generated) return [];
  const places = differingPlaces(parsed(committed), parsed(generated));
  const where =
    places.length === 0
      ? 'its content is right but not its layout'
      : `it differs at ${places.slice(0, LISTED_PLACES).join(', ')}` +
        (places.length > LISTED_PLACES ? ` and ${places.length - LISTED_PLACES} more` : '');
  return [`${OPENAPI_ARTEFACT} is not what the code generates (${where}): ${REFRESH}`];
}
