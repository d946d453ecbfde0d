import { cleanName, escapeInvisible, hasLoneSurrogate, mixesScripts } from '../../../core/names';

describe('a name as CareLit shows it', () => {
  it('loses what would turn it around, hide in it or break it over lines', () => {
    expect(cleanName('Nadia \u202eilaneB')).toBe('Nadia ilaneB');
    expect(cleanName('\u2066Bram\u2069 \u200ePeeters\u200f')).toBe('Bram Peeters');
    expect(cleanName('Na\u200bdia\u200c \u2060Be\ufeffnali\u00ad')).toBe('Nadia Benali');
    expect(cleanName('Nadia\u2028Benali\u2029x')).toBe('Nadia Benali x');
    expect(cleanName('Nadia\tBenali\r\n\u0085')).toBe('Nadia Benali');
    expect(cleanName('  Nadia   Benali  ')).toBe('Nadia Benali');
  });

  it('is in composed form, so that the same name typed two ways is the same name', () => {
    const decomposed = 'Ame\u0301lie';
    expect(cleanName(decomposed)).toBe('Amélie');
    expect(cleanName(decomposed)).toBe(cleanName('Amélie'));
  });

  it('keeps every script and emoji a person may write their name in', () => {
    for (const name of ['Zoë Öztürk', 'محمد الإدريسي', 'Νίκος', 'Анна', '李小龍', 'Aïcha 👩🏽‍⚕️'.replace('\u200d', '')]) expect(cleanName(name)).toBe(name.normalize('NFC'));
  });

  it('is refused when it holds half a character', () => {
    expect(cleanName('Nadia \ud800')).toBeNull();
    expect(cleanName('\udc00Nadia')).toBeNull();
    expect(hasLoneSurrogate('Nadia 😀')).toBe(false);
  });

  it('is flagged when it mixes Latin, Greek or Cyrillic letters', () => {
    expect(mixesScripts('N\u0430dia')).toBe(true); // Cyrillic а
    expect(mixesScripts('\u039fmar')).toBe(true); // Greek Ο
    expect(mixesScripts('Nadia Benali')).toBe(false);
    expect(mixesScripts('Анна Петрова')).toBe(false);
    expect(mixesScripts('Nadia محمد')).toBe(false);
  });
});

describe('text from outside, for a terminal', () => {
  it('shows every character that is not itself as an escape, on one line', () => {
    expect(escapeInvisible('learner\u202egnp.json')).toBe('learner\\u202egnp.json');
    expect(escapeInvisible('two\nlines\u001b[31m.json')).toBe('two\\u000alines\\u001b[31m.json');
    expect(escapeInvisible('a\u2028b\u200bc\ud800')).toBe('a\\u2028b\\u200bc\\ud800');
    expect(escapeInvisible('Zoë 😀.json')).toBe('Zoë 😀.json');
  });
});
