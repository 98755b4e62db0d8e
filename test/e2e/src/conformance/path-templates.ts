/** One segment of a template: plain text, or text with `{parameters}` in it. */
type TemplateSegment = { literal: string } | { pattern: RegExp };

interface CompiledTemplate {
  template: string;
  segments: TemplateSegment[];
}

const PARAMETER = /\{[^}/]+\}/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compileSegment(segment: string): TemplateSegment {
  if (!PARAMETER.test(segment)) return { literal: segment };
  const source = segment.split(PARAMETER).map(escapeRegExp).join('[^/]+?');
  return { pattern: new RegExp(`^${source}$`) };
}

function compile(template: string): CompiledTemplate {
  return { template, segments: template.split('/').map(compileSegment) };
}

function segmentMatches(segment: TemplateSegment, actual: string): boolean {
  return 'literal' in segment ? segment.literal === actual : segment.pattern.test(actual);
}

/**
 * Negative when `a` is the more specific template: at the first segment where
 * one is literal and the other has a parameter, the literal one wins
 * (`/keys/mine` before `/keys/{id}`), as OpenAPI says concrete paths match first.
 */
function bySpecificity(a: CompiledTemplate, b: CompiledTemplate): number {
  for (let index = 0; index < a.segments.length; index += 1) {
    const aLiteral = 'literal' in a.segments[index];
    const bLiteral = 'literal' in b.segments[index];
    if (aLiteral !== bLiteral) return aLiteral ? -1 : 1;
  }
  return 0;
}

/** Finds which of a document's path templates a request path is an instance of. */
export class PathTemplates {
  private readonly compiled: CompiledTemplate[];

  /**
   * @param templates the keys of the document's `paths`
   * @param basePaths what the servers' URLs put in front of every template (`""` for none)
   */
  constructor(
    templates: readonly string[],
    private readonly basePaths: readonly string[] = [''],
  ) {
    this.compiled = templates.map(compile);
  }

  /** The template that `pathname` (no query string) is an instance of, or undefined. */
  match(pathname: string): string | undefined {
    for (const basePath of this.basePaths) {
      const relative = this.withoutBasePath(pathname, basePath);
      if (relative === undefined) continue;
      const found = this.bestMatch(relative);
      if (found) return found;
    }
    return undefined;
  }

  private withoutBasePath(pathname: string, basePath: string): string | undefined {
    if (basePath === '') return pathname;
    if (pathname === basePath) return '/';
    return pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) : undefined;
  }

  private bestMatch(pathname: string): string | undefined {
    const actual = pathname.split('/');
    const candidates = this.compiled.filter(
      ({ segments }) =>
        segments.length === actual.length &&
        segments.every((segment, index) => segmentMatches(segment, actual[index])),
    );
    return candidates.sort(bySpecificity)[0]?.template;
  }
}
