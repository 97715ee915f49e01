import { renderMarkdown } from './render-markdown';

describe(renderMarkdown.name, () => {
  it('renders the usual Markdown', () => {
    expect(
      renderMarkdown('## Before you start\n\n- **Introduce** yourselves\n- Stay in *public* channels'),
    ).toBe(
      '<h2>Before you start</h2>\n<ul>\n<li><strong>Introduce</strong> yourselves</li>\n<li>Stay in <em>public</em> channels</li>\n</ul>\n',
    );
  });

  it.each([
    ['a script element', '<script>alert(1)</script>Hello'],
    ['an event handler', '<img src=x onerror="alert(1)">'],
    ['a javascript: link', '[click](javascript:alert(1))'],
    ['a data: link', '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['an autolinked javascript: URL', '<javascript:alert(1)>'],
    ['raw HTML with a handler', '<a href="#" onclick="alert(1)">x</a>'],
  ])('renders %s inert', (_, source) => {
    const html = renderMarkdown(source);
    // No element of the output runs anything: no script, no handler attribute, no script or data link.
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<[a-z][^>]*\son\w+\s*=/i);
    expect(html).not.toMatch(/href="(javascript|data|vbscript):/i);
  });

  it('keeps safe links and makes them open apart', () => {
    expect(renderMarkdown('[Kors på halsen](https://www.korspaahalsen.no)')).toContain(
      '<a href="https://www.korspaahalsen.no" rel="noopener noreferrer" target="_blank">Kors på halsen</a>',
    );
    expect(renderMarkdown('![tracker](https://example.org/pixel.png)')).toBe('<p>tracker</p>\n');
    expect(renderMarkdown('Call <b>now</b>')).toBe('<p>Call &lt;b&gt;now&lt;/b&gt;</p>\n');
  });
});
