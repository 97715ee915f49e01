import { markdownToPdf, type PdfNode } from './markdown-pdf';

/** Every string a node tree would print, in order. */
function textOf(nodes: unknown): string {
  if (typeof nodes === 'string') return nodes;
  if (Array.isArray(nodes)) return nodes.map(textOf).join('');
  if (nodes && typeof nodes === 'object') {
    const node = nodes as PdfNode;
    if ('text' in node) return textOf(node.text);
    return ['stack', 'ul', 'ol'].map((key) => (key in node ? `${textOf(node[key])}\n` : '')).join('');
  }
  return '';
}

describe('markdownToPdf', () => {
  const source = [
    '## Was gut lief',
    '',
    'Die Teams sprachen **in ihrer eigenen Sprache** und _ruhig_.',
    '',
    '- Discord am Abend',
    '- Roblox am Nachmittag',
    '',
    '1. Vorstellen',
    '2. Zuhören',
    '',
    '> Vertrauen braucht Zeit.',
    '',
    '### Nächstes Mal',
  ].join('\n');

  it('turns headings into styled headings, never "## " text', () => {
    const nodes = markdownToPdf(source);
    expect(nodes[0]).toEqual({ text: ['Was gut lief'], style: 'mdH2' });
    expect(nodes.at(-1)).toEqual({ text: ['Nächstes Mal'], style: 'mdH3' });
    expect(textOf(nodes)).not.toMatch(/(^|\n)#+ /);
  });

  it('turns emphasis into bold and italic runs, without the asterisks and underscores', () => {
    const paragraph = markdownToPdf(source)[1];
    expect(paragraph).toEqual({
      text: [
        'Die Teams sprachen ',
        { text: 'in ihrer eigenen Sprache', bold: true },
        ' und ',
        { text: 'ruhig', italics: true },
        '.',
      ],
      style: 'mdParagraph',
    });
  });

  it('turns lists into pdfmake lists and quotes into an indented stack', () => {
    const [, , bullets, numbered, quote] = markdownToPdf(source);
    expect(bullets).toMatchObject({
      ul: [{ text: ['Discord am Abend'] }, { text: ['Roblox am Nachmittag'] }],
    });
    expect(numbered).toMatchObject({ ol: [{ text: ['Vorstellen'] }, { text: ['Zuhören'] }], start: 1 });
    expect(quote).toMatchObject({ style: 'mdQuote', stack: [{ text: ['Vertrauen braucht Zeit.'] }] });
    expect(textOf([bullets, numbered])).not.toMatch(/^[-*] |^\d+\. /m);
  });

  it('keeps raw HTML as inert text and writes a link out with its target', () => {
    const text = textOf(markdownToPdf('<b>fett</b> [Kripos](https://www.politiet.no/kripos)'));
    expect(text).toContain('<b>fett</b>');
    expect(text).toContain('Kripos (https://www.politiet.no/kripos)');
  });

  it('makes nothing of an empty text', () => {
    expect(markdownToPdf('')).toEqual([]);
  });
});
