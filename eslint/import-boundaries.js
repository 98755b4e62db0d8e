// The repository's import boundaries, as an ESLint rule: an app never imports
// another app's files (its tests neither: what two apps share lives in a lib),
// and a lib never imports an app. Relative paths are resolved against the file,
// so a folder that happens to share an app's name (gateway/src/creators) is not
// mistaken for that app; `@tally/<app>` package imports count too.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** `@tally/gateway` → `gateway`: each app's package name and its folder. */
const APP_PACKAGES = new Map(
  readdirSync(resolve(ROOT, 'apps'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      try {
        const manifest = readFileSync(resolve(ROOT, 'apps', entry.name, 'package.json'), 'utf8');
        return [[JSON.parse(manifest).name, entry.name]];
      } catch {
        return [];
      }
    }),
);

/** `{ kind: 'apps' | 'libs', name }` of the workspace package a path is in, if any. */
function workspaceOf(path) {
  const [kind, name] = relative(ROOT, path).split(sep);
  return (kind === 'apps' || kind === 'libs') && name ? { kind, name } : undefined;
}

/** The app an import reaches, or undefined when it stays out of apps/. */
function importedApp(source, filename) {
  if (source.startsWith('.') || isAbsolute(source)) {
    const target = workspaceOf(resolve(dirname(filename), source));
    return target?.kind === 'apps' ? target.name : undefined;
  }
  const packageName = source.split('/').slice(0, 2).join('/');
  return APP_PACKAGES.get(packageName);
}

const importBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: "Apps never import another app's files; libs never import an app" },
    schema: [],
    messages: {
      otherApp:
        "apps/{{from}} may not import apps/{{to}}'s files ('{{source}}'): move what both need into a lib (libs/testing for test helpers)",
      libImportsApp:
        "libs/{{from}} may not import apps/{{to}} ('{{source}}'): a lib never imports an app",
    },
  },
  create(context) {
    const owner = workspaceOf(resolve(context.filename));
    if (!owner) return {};
    const check = (node) => {
      if (!node || node.type !== 'Literal' || typeof node.value !== 'string') return;
      const to = importedApp(node.value, resolve(context.filename));
      if (!to || (owner.kind === 'apps' && owner.name === to)) return;
      context.report({
        node,
        messageId: owner.kind === 'apps' ? 'otherApp' : 'libImportsApp',
        data: { from: owner.name, to, source: node.value },
      });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSImportType: (node) => check(node.argument?.literal ?? node.source),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require')
          check(node.arguments[0]);
      },
    };
  },
};

export const boundariesPlugin = { rules: { 'import-boundaries': importBoundaries } };
