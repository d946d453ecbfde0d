/**
 * A small, safe Markdown subset for lesson text: headings, paragraphs, bullet and numbered
 * lists, **strong**, *emphasis*, `code` and [links](https://…). Raw HTML is never
 * interpreted: it stays literal text, and the renderer turns the tree into elements, not markup.
 */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'em'; children: Inline[] }
  | { kind: 'code'; text: string }
  | { kind: 'link'; href: string; children: Inline[] };

export type MarkdownBlock =
  { kind: 'heading'; level: 1 | 2 | 3; children: Inline[] } | { kind: 'paragraph'; children: Inline[] } | { kind: 'list'; ordered: boolean; items: Inline[][] };

const HEADING = /^(#{1,3})\s+(.*)$/;
const BULLET = /^[-*]\s+(.*)$/;
const NUMBERED = /^\d+[.)]\s+(.*)$/;

export function parseMarkdown(source: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;

  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', children: parseInline(paragraph.join(' ')) });
    if (list) blocks.push({ kind: 'list', ordered: list.ordered, items: list.items.map(parseInline) });
    paragraph = [];
    list = null;
  };

  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    const heading = HEADING.exec(line);
    const bullet = BULLET.exec(line);
    const numbered = NUMBERED.exec(line);
    if (!line) flush();
    else if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1]!.length as 1 | 2 | 3, children: parseInline(heading[2]!) });
    } else if (bullet || numbered) {
      const ordered = !bullet;
      if (paragraph.length || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push((bullet ?? numbered)![1]!);
    } else if (list && raw.startsWith('  ')) {
      list.items[list.items.length - 1] += ` ${line}`;
    } else {
      if (list) flush();
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}

const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let plain = '';
  const pushText = () => {
    if (plain) out.push({ kind: 'text', text: plain });
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const code = /^`([^`]+)`/.exec(rest);
    const strong = /^\*\*(.+?)\*\*/.exec(rest);
    const em = /^\*([^*\s](?:[^*]*[^*\s])?)\*/.exec(rest) ?? /^_([^_\s](?:[^_]*[^_\s])?)_(?![\p{L}\p{N}])/u.exec(rest);
    const link = /^\[([^\]]+)\]\(([^)\s]+)\)/.exec(rest);
    const match = code ?? strong ?? link ?? em;
    if (!match) {
      plain += text[i];
      i += 1;
      continue;
    }
    pushText();
    if (match === code) out.push({ kind: 'code', text: match[1]! });
    else if (match === strong) out.push({ kind: 'strong', children: parseInline(match[1]!) });
    else if (match === em) out.push({ kind: 'em', children: parseInline(match[1]!) });
    else if (SAFE_LINK.test(match[2]!)) out.push({ kind: 'link', href: match[2]!, children: parseInline(match[1]!) });
    else out.push({ kind: 'text', text: match[1]! });
    i += match[0].length;
  }
  pushText();
  return out;
}

/** Plain text of a Markdown source, e.g. for word counts and screen-reader summaries. */
export function markdownToPlainText(source: string): string {
  const inlineText = (nodes: Inline[]): string => nodes.map((n) => ('children' in n ? inlineText(n.children) : n.text)).join('');
  return parseMarkdown(source)
    .map((b) => (b.kind === 'list' ? b.items.map(inlineText).join('\n') : inlineText(b.children)))
    .join('\n\n');
}
