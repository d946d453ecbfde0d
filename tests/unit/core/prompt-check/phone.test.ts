import { at, found } from './found';

describe('phone number', () => {
  it.each([
    ['fr', 'Rappeler la fille au 02 555 12 34 demain.', '02 555 12 34'],
    ['fr', 'Tél. 02/555.12.34', '02/555.12.34'],
    ['fr', 'GSM : 0470 12 34 56', '0470 12 34 56'],
    ['nl', 'gsm 0470/12.34.56 (dochter)', '0470/12.34.56'],
    ['nl', 'Bel 0470123456.', '0470123456'],
    ['nl', 'Liège: 04 223 45 67', '04 223 45 67'],
    ['en', 'Call +32 2 555 12 34 after 5.', '+32 2 555 12 34'],
    ['en', 'mobile +32 470 12 34 56', '+32 470 12 34 56'],
    ['en', 'or 0032 470 12 34 56', '0032 470 12 34 56'],
    ['en', 'office +32 (0)2 555 12 34', '+32 (0)2 555 12 34'],
  ] as const)('%s: finds the number in "%s"', (lang, text, fragment) => {
    expect(found(text, lang)).toEqual([at(text, fragment, 'phone')]);
  });

  it('covers the number only', () => {
    expect(found('Tél. 02/555.12.34')).toEqual([{ type: 'phone', start: 5, end: 17 }]);
  });

  it('needs a Belgian shape: ten digits only for mobiles (04xx), nine for fixed lines', () => {
    expect(found('0270 12 34 56')).toEqual([]);
    expect(found('+32 270 12 34 56')).toEqual([]);
    expect(found('0012 345 67 89')).toEqual([]);
  });
});
