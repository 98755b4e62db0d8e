import { escapeHtml } from '@tally/nest-kit';

const STYLE = `
  body { font-family: system-ui, sans-serif; background: #f4f4f5; margin: 0; }
  main { max-width: 26rem; margin: 3rem auto; background: #fff; border-radius: 12px; padding: 2rem; box-shadow: 0 2px 12px #0002; }
  h1 { font-size: 1.3rem; } .sandbox { font-size: .8rem; color: #a1a1aa; text-transform: uppercase; letter-spacing: .08em; }
  ul { list-style: none; padding: 0; } li { margin: .6rem 0; } small { color: #71717a; display: block; margin-left: 1.6rem; }
  select { width: 100%; padding: .4rem; margin-bottom: 1rem; }
  .buttons { display: flex; gap: .8rem; } button { flex: 1; padding: .7rem; border-radius: 8px; border: 0; font-size: 1rem; cursor: pointer; }
  button[value=approve] { background: #fe2c55; color: #fff; } button[value=deny] { background: #e4e4e7; }
`;

/** A whole HTML page around `body`. */
export function htmlPage(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main><p class="sandbox">TikTok sandbox</p>${body}</main></body></html>`;
}
