import { escapeHtml } from './escape-html.js';

describe('escapeHtml', () => {
  it('escapes the characters that matter in HTML text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('leaves everything else as it is', () => {
    expect(escapeHtml('Ünïcode, tabs\tand 100% plain')).toBe('Ünïcode, tabs\tand 100% plain');
  });
});
