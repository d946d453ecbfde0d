import { isValidIban } from '../../../../core/prompt-check/iban';
import { at, found } from './found';

describe('bank account number (IBAN)', () => {
  it.each([
    ['fr', 'Remboursement sur le compte BE68 5390 0754 7034 svp.', 'BE68 5390 0754 7034'],
    ['nl', 'Rekening BE68539007547034.', 'BE68539007547034'],
    ['en', 'Account: BE68 5390 0754 7034 NISS unknown', 'BE68 5390 0754 7034'],
    ['fr', 'Compte be68 5390 0754 7034 pour le remboursement.', 'be68 5390 0754 7034'],
    ['nl', 'rekening nl91 abna 0417 1643 00.', 'nl91 abna 0417 1643 00'],
  ] as const)('%s: finds a Belgian IBAN in "%s"', (lang, text, fragment) => {
    expect(found(text, lang)).toEqual([at(text, fragment, 'iban')]);
  });

  it('checks the ISO 13616 digits: one digit changed is not an IBAN', () => {
    expect(isValidIban('BE68539007547034')).toBe(true);
    expect(isValidIban('BE68539007547035')).toBe(false);
    expect(found('compte BE68 5390 0754 7035')).toEqual([]);
    expect(found('compte BE69 5390 0754 7034')).toEqual([]);
  });

  it('requires valid check digits in lower case too', () => {
    expect(found('compte be68 5390 0754 7035')).toEqual([]);
    expect(found('code ab12 cdef ghij klmn')).toEqual([]);
  });

  it('finds IBANs of other countries when their check digits are right', () => {
    const text = 'Virement NL91 ABNA 0417 1643 00 ou FR76 3000 6000 0112 3456 7890 189.';
    expect(found(text, 'fr')).toEqual([at(text, 'NL91 ABNA 0417 1643 00', 'iban'), at(text, 'FR76 3000 6000 0112 3456 7890 189', 'iban')]);
    expect(found('DE89 3704 0044 0532 0130 01')).toEqual([]);
  });

  it('reports a Belgian IBAN once, not also as a phone or a NISS', () => {
    expect(found('BE68539007547034').map((f) => f.type)).toEqual(['iban']);
  });
});
