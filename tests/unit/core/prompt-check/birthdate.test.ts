import { at, found } from './found';

describe('date of birth', () => {
  it.each([
    ['fr', 'Patiente née le 12/03/1948 à Liège.', '12/03/1948'],
    ['fr', 'Né le 12-03-1948.', '12-03-1948'],
    ['fr', 'Date de naissance : 12.03.1948', '12.03.1948'],
    ['fr', 'DDN 12/03/48, chute.', '12/03/48'],
    ['fr', 'Mme X (° 12/03/1948)', '12/03/1948'],
    ['fr', 'Mme X, °12.03.1948', '12.03.1948'],
    ['fr', 'née le 12 mars 1948', '12 mars 1948'],
    ['fr', 'née le 1er mars 1948', '1er mars 1948'],
    ['nl', 'Geboren op 12 maart 1948 in Gent.', '12 maart 1948'],
    ['nl', 'Geboortedatum: 12/03/1948', '12/03/1948'],
    ['en', 'DOB 03/12/1948', '03/12/1948'],
    ['en', 'Mr X, born 4 November 1979, asks for a letter.', '4 November 1979'],
    ['nl', 'geboren op 4 november 1979', '4 november 1979'],
    ['en', 'Born on 12 March 1948.', '12 March 1948'],
    ['en', 'Date of birth: March 12, 1948.', 'March 12, 1948'],
    ['en', 'J. Smith, b. 12/03/1948', '12/03/1948'],
    ['fr', 'Mme X, né(e) le 09/11/1967, chute.', '09/11/1967'],
    ['fr', 'Né(e) le : 14.02.1951', '14.02.1951'],
    ['fr', 'Né le 3 févr. 1950 à Namur.', '3 févr. 1950'],
    ['nl', 'Geb.datum 3/4/1950, val thuis.', '3/4/1950'],
    ['nl', 'Dhr. X, geb. 21-Okt-1944.', '21-Okt-1944'],
    ['nl', 'geboortedatum: 7 mrt 1939', '7 mrt 1939'],
    ['en', 'DOB 09-Nov-1967, fall at home.', '09-Nov-1967'],
    ['en', 'Born 9 Nov 1967 in Leuven.', '9 Nov 1967'],
    ['en', 'DOB: nov. 1967 (month only).', 'nov. 1967'],
  ] as const)('%s: finds the date in "%s", not its cue', (lang, text, date) => {
    expect(found(text, lang).filter((f) => f.type === 'birthdate')).toEqual([at(text, date, 'birthdate')]);
  });

  it.each([
    ['fr', 'NIP : 7734521 — LEROY, Thomas — 1987-03-11', '1987-03-11'],
    ['en', 'MRN 7712094 — HARGREAVES, Olivia — 1964-09-30', '1964-09-30'],
    ['nl', 'Uitslag: Verhelst, Jonas | 1985-07-04 | HbA1c 8,1 %', '1985-07-04'],
    ['fr', 'M. Peeters (12/03/1948) est sorti.', '12/03/1948'],
  ] as const)('%s: a date right after a name is its birth date: "%s"', (lang, text, date) => {
    expect(found(text, lang).filter((f) => f.type === 'birthdate')).toEqual([at(text, date, 'birthdate')]);
  });

  it.each([
    ['fr', 'Mme Dupont, 12/03/1985 à 14h, consultation.'],
    ['en', 'Mr Peeters, 12/03/1985 at 10:30, review.'],
    ['fr', `Mme Dupont, 12/03/${new Date().getFullYear() - 1}, admission.`],
  ] as const)('%s: an appointment or a recent date after a name is not a birth date: "%s"', (lang, text) => {
    expect(found(text, lang).filter((f) => f.type === 'birthdate')).toEqual([]);
  });

  it('covers the date only', () => {
    expect(found('née le 12/03/1948', 'fr')).toEqual([{ type: 'birthdate', start: 7, end: 17 }]);
  });

  it.each([
    ['fr', 'Rendez-vous le 12/12/2026 à 14h.'],
    ['nl', 'Afspraak op 12 maart 2026 om 14:30.'],
    ['en', 'Follow-up on March 12, 2026; seen on 12.03.2024.'],
    ['en', 'n° 12/03/1948 is a reference, not a birth date.'],
    ['en', 'Review on 09-Nov-2026 and in Dec 2026.'],
    ['nl', 'Gebeld op 3 feb. 2026 over de opname.'],
  ] as const)('%s: a date with no birth cue is not personal data: "%s"', (lang, text) => {
    expect(found(text, lang)).toEqual([]);
  });
});
