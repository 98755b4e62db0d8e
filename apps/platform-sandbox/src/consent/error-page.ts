import { escapeHtml } from '@tally/nest-kit';
import { htmlPage } from './html.js';

/** What TikTok shows instead of redirecting when the app or its redirect URI cannot be trusted. */
export function errorPage(title: string, detail: string): string {
  return htmlPage(title, `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(detail)}</p>`);
}
