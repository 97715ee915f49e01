import type MarkdownIt from 'markdown-it';
import { markdownTokens } from '../common/markdown/render-markdown';

type Token = MarkdownIt.Token;

/** A pdfmake content node: the few kinds a Markdown text becomes. */
export type PdfNode = Record<string, unknown>;
/** A run of text with its emphasis, as pdfmake's `text` arrays take it. */
type PdfRun =
  string | { text: string; bold?: boolean; italics?: boolean; decoration?: string; font?: string };

/** The pdfmake styles the nodes below name: headings inside a text sit under the section's own heading. */
export const MARKDOWN_PDF_STYLES = {
  mdH1: { fontSize: 13, bold: true, margin: [0, 8, 0, 4] },
  mdH2: { fontSize: 12, bold: true, margin: [0, 8, 0, 4] },
  mdH3: { fontSize: 11, bold: true, margin: [0, 6, 0, 3] },
  mdH4: { fontSize: 10, bold: true, margin: [0, 6, 0, 3] },
  mdParagraph: { margin: [0, 0, 0, 6] },
  mdQuote: { italics: true, color: '#444444', margin: [12, 0, 0, 6] },
  mdCode: { fontSize: 9, color: '#333333', margin: [0, 0, 0, 6] },
};

/** The inline children of a token (text, emphasis, links, code, breaks) as pdfmake text runs. */
function runs(children: readonly Token[] | null): PdfRun[] {
  const out: PdfRun[] = [];
  let bold = 0;
  let italics = 0;
  const links: string[] = [];
  const push = (text: string) => {
    if (!text) return;
    out.push(
      bold || italics || links.length
        ? {
            text,
            ...(bold ? { bold: true } : {}),
            ...(italics ? { italics: true } : {}),
            ...(links.length ? { decoration: 'underline' } : {}),
          }
        : text,
    );
  };
  for (const token of children ?? []) {
    switch (token.type) {
      case 'strong_open':
        bold++;
        break;
      case 'strong_close':
        bold--;
        break;
      case 'em_open':
        italics++;
        break;
      case 'em_close':
        italics--;
        break;
      case 's_open':
      case 's_close':
        break;
      case 'link_open':
        links.push(String(token.attrGet('href') ?? ''));
        break;
      case 'link_close': {
        // The target written out beside the words: a PDF is printed, and its links are never followed.
        const href = links.pop();
        if (href) push(` (${href})`);
        break;
      }
      case 'softbreak':
        push(' ');
        break;
      case 'hardbreak':
        push('\n');
        break;
      case 'image':
        // As on the page: the alternative text only.
        push(token.content);
        break;
      default:
        push(token.content);
    }
  }
  return out;
}

/**
 * A Markdown text as pdfmake structure, parsed by the same markdown-it (safe mode) that renders guidance and the
 * week report on the page: headings become styled headings, lists real lists, emphasis bold and italics, quotes
 * indented. No Markdown syntax ("## ", "**") reaches the PDF as text, and raw HTML stays inert text.
 */
export function markdownToPdf(source: string): PdfNode[] {
  const tokens = markdownTokens(source);
  let index = 0;

  /** Reads blocks until the closing token `until` (or the end), returning their nodes. */
  const blocks = (until: string | null): PdfNode[] => {
    const nodes: PdfNode[] = [];
    while (index < tokens.length) {
      const token = tokens[index++];
      if (until && token.type === until) return nodes;
      switch (token.type) {
        case 'heading_open': {
          const level = Math.min(Number(token.tag.slice(1)) || 4, 4);
          const inline = tokens[index++];
          index++; // heading_close
          nodes.push({ text: runs(inline.children), style: `mdH${level}` });
          break;
        }
        case 'paragraph_open': {
          const inline = tokens[index++];
          index++; // paragraph_close
          const text = runs(inline.children);
          // A tight list's paragraphs are hidden: no space below them.
          if (text.length) nodes.push(token.hidden ? { text } : { text, style: 'mdParagraph' });
          break;
        }
        case 'bullet_list_open':
          nodes.push({ ul: items('bullet_list_close'), margin: [0, 0, 0, 6] });
          break;
        case 'ordered_list_open':
          nodes.push({
            ol: items('ordered_list_close'),
            start: Number(token.attrGet('start') ?? 1),
            margin: [0, 0, 0, 6],
          });
          break;
        case 'blockquote_open':
          nodes.push({ stack: blocks('blockquote_close'), style: 'mdQuote' });
          break;
        case 'fence':
        case 'code_block':
          nodes.push({
            text: token.content.replace(/\n$/, ''),
            style: 'mdCode',
            preserveLeadingSpaces: true,
          });
          break;
        case 'hr':
          nodes.push({
            canvas: [{ type: 'line', x1: 0, y1: 0, x2: 300, y2: 0, lineWidth: 0.5, lineColor: '#999999' }],
            margin: [0, 4, 0, 8],
          });
          break;
        default:
        // Safe mode makes no html_block: raw HTML arrives as the text of a paragraph, and stays text.
      }
    }
    return nodes;
  };

  /** The items of a list, each its own stack of blocks. */
  const items = (close: string): PdfNode[] => {
    const out: PdfNode[] = [];
    while (index < tokens.length) {
      const token = tokens[index++];
      if (token.type === close) break;
      if (token.type === 'list_item_open') {
        const content = blocks('list_item_close');
        out.push(content.length === 1 ? content[0] : { stack: content });
      }
    }
    return out;
  };

  return blocks(null);
}
