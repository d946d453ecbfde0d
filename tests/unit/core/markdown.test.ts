import { markdownToPlainText, parseInline, parseMarkdown } from '../../../core/markdown/parse';

describe('lesson Markdown', () => {
  it('reads headings, paragraphs and both kinds of list', () => {
    expect(parseMarkdown('# Title\nfirst line\nsecond line\n\n- one\n- two\n\n1. first\n2. second')).toEqual([
      { kind: 'heading', level: 1, children: [{ kind: 'text', text: 'Title' }] },
      { kind: 'paragraph', children: [{ kind: 'text', text: 'first line second line' }] },
      { kind: 'list', ordered: false, items: [[{ kind: 'text', text: 'one' }], [{ kind: 'text', text: 'two' }]] },
      { kind: 'list', ordered: true, items: [[{ kind: 'text', text: 'first' }], [{ kind: 'text', text: 'second' }]] },
    ]);
  });

  it('reads strong, emphasis, code and http links', () => {
    expect(parseInline('**Art. 4** *AI Act* `GDPR` [EUR-Lex](https://eur-lex.europa.eu)')).toEqual([
      { kind: 'strong', children: [{ kind: 'text', text: 'Art. 4' }] },
      { kind: 'text', text: ' ' },
      { kind: 'em', children: [{ kind: 'text', text: 'AI Act' }] },
      { kind: 'text', text: ' ' },
      { kind: 'code', text: 'GDPR' },
      { kind: 'text', text: ' ' },
      { kind: 'link', href: 'https://eur-lex.europa.eu', children: [{ kind: 'text', text: 'EUR-Lex' }] },
    ]);
  });

  it('keeps raw HTML as literal text and drops links that are not http(s) or mailto', () => {
    expect(parseMarkdown('<img src=x onerror=alert(1)> <script>x</script>')).toEqual([
      { kind: 'paragraph', children: [{ kind: 'text', text: '<img src=x onerror=alert(1)> <script>x</script>' }] },
    ]);
    expect(parseInline('[click](javascript:alert(1))')).toEqual([
      { kind: 'text', text: 'click' },
      { kind: 'text', text: ')' },
    ]);
  });

  it('does not take a multiplication sign or a file name for emphasis', () => {
    expect(parseInline('2 * 3 * 4 and snake_case_name')).toEqual([{ kind: 'text', text: '2 * 3 * 4 and snake_case_name' }]);
  });

  it('gives the plain text for word counts', () => {
    expect(markdownToPlainText('## Why\nA **fluent** answer\n\n- can be *wrong*')).toBe('Why\n\nA fluent answer\n\ncan be wrong');
  });
});
