import { at, found } from './found';

describe('e-mail address', () => {
  it.each([
    ['fr', 'Écris à marie.dupont@gmail.com pour confirmer.', 'marie.dupont@gmail.com'],
    ['nl', 'Mail naar j.peeters+zorg@uzbrussel.be.', 'j.peeters+zorg@uzbrussel.be'],
    ['en', 'Contact: (anna_smith@example.co.uk)', 'anna_smith@example.co.uk'],
  ] as const)('%s: finds the address in "%s", without the sentence’s full stop', (lang, text, fragment) => {
    expect(found(text, lang)).toEqual([at(text, fragment, 'email')]);
  });

  it('ignores an @ that is not an address', () => {
    expect(found('Rendez-vous @ 14h, ou @equipe, ou user@localhost')).toEqual([]);
  });
});
