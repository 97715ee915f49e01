import MarkdownIt from 'markdown-it';

/**
 * markdown-it's safe mode: raw HTML in the source is escaped rather than passed through, and link targets
 * with javascript:, vbscript:, file: or data: (other than images) are refused. Linkified URLs follow the same rule.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: true });

// Links open apart from the app and tell the target nothing about where they came from.
const renderLink =
  markdown.renderer.rules.link_open ??
  ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx].attrSet('rel', 'noopener noreferrer');
  tokens[idx].attrSet('target', '_blank');
  return renderLink(tokens, idx, options, env, self);
};
// Images would load from anywhere: shown as their alternative text only.
markdown.renderer.rules.image = (tokens, idx) => markdown.utils.escapeHtml(tokens[idx].content);

/** Markdown as HTML that is safe to show: the text is stored as written, and whatever it contains comes out inert. */
export function renderMarkdown(source: string): string {
  return markdown.render(source);
}

/** The same source as markdown-it's tokens, for a renderer other than HTML (the week report's PDF). */
export function markdownTokens(source: string): MarkdownIt.Token[] {
  return markdown.parse(source, {});
}
