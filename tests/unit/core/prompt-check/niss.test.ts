import { isValidNiss } from '../../../../core/prompt-check/niss';
import { at, found } from './found';

/** A valid NISS for a birth date and a sequence number, computed with the mod-97 rule. */
function niss(yymmdd: string, sequence: string, bornFrom2000 = false): string {
  const first9 = Number(yymmdd + sequence);
  const check = 97 - ((bornFrom2000 ? 2_000_000_000 + first9 : first9) % 97);
  return yymmdd + sequence + String(check).padStart(2, '0');
}

const dotted = (n: string) => `${n.slice(0, 2)}.${n.slice(2, 4)}.${n.slice(4, 6)}-${n.slice(6, 9)}.${n.slice(9)}`;

describe('national register number (NISS/INSZ)', () => {
  const before2000 = niss('850730', '033');
  const from2000 = niss('150312', '124', true);

  it('computes the examples the way the register does', () => {
    expect(before2000).toBe('85073003328');
    expect(isValidNiss(before2000)).toBe(true);
    expect(isValidNiss(from2000)).toBe(true);
  });

  it.each([
    ['fr', 'NISS du patient : 85.07.30-033.28, merci.', '85.07.30-033.28'],
    ['nl', 'INSZ: 85073003328 (rijksregisternummer).', '85073003328'],
    ['en', 'national number 850730 033 28 on the form', '850730 033 28'],
    ['en', 'NISS 85-07-30-033-28', '85-07-30-033-28'],
  ] as const)('%s: finds "%s" with or without dots, dashes or spaces', (lang, text, fragment) => {
    expect(found(text, lang)).toEqual([at(text, fragment, 'niss')]);
  });

  it('covers the number, not its cue word', () => {
    expect(found('NISS 85.07.30-033.28')).toEqual([{ type: 'niss', start: 5, end: 20 }]);
  });

  it('accepts a number of someone born from 2000 (2 before the nine digits)', () => {
    const text = `Kind, INSZ ${dotted(from2000)}.`;
    expect(found(text, 'nl')).toEqual([at(text, dotted(from2000), 'niss')]);
  });

  it('accepts bis numbers, whose month is raised by 20 or 40, and an unknown month 00', () => {
    for (const n of [niss('852730', '033'), niss('854730', '033'), niss('850030', '033')]) {
      expect(found(`NISS ${n}`)).toEqual([{ type: 'niss', start: 5, end: 16 }]);
    }
  });

  it('rejects a wrong check digit, and reports nothing else in its place', () => {
    const wrong = before2000.slice(0, 9) + String(Number(before2000.slice(9)) + 1).padStart(2, '0');
    expect(isValidNiss(wrong)).toBe(false);
    expect(found(`NISS ${dotted(wrong)}`)).toEqual([]);
    expect(found(`NISS ${wrong}`)).toEqual([]);
  });

  it('rejects a month no register uses, even with check digits computed for it', () => {
    expect(found(`NISS ${niss('851330', '033')}`)).toEqual([]);
    expect(found(`NISS ${niss('856130', '033')}`)).toEqual([]);
  });

  it('does not read a NISS inside a longer number', () => {
    expect(found(`ref 9${before2000}`)).toEqual([]);
    expect(found(`ref ${before2000}7`)).toEqual([]);
  });
});
