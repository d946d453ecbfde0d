import { at, found } from './found';

describe('patient record number', () => {
  it.each([
    ['fr', 'Dossier 2023-08841, transfert.', '2023-08841'],
    ['fr', 'N° de dossier : 123456', '123456'],
    ['fr', 'numéro de patient 778899', '778899'],
    ['fr', 'n° patient 445566 au CHU', '445566'],
    ['nl', 'Patiëntnummer 55443322.', '55443322'],
    ['nl', 'Dossiernummer: 2023/1234', '2023/1234'],
    ['nl', 'EPD 12345678 geopend.', '12345678'],
    ['en', 'MRN 4471283, ward 4.', '4471283'],
    ['en', 'Patient ID P-448812', 'P-448812'],
    ['en', 'Record number: 99887766', '99887766'],
    ['fr', 'Dossier kiné KIN-5530 : 9 séances.', 'KIN-5530'],
    ['nl', 'Patiënt-ID P-778120 op de afdeling.', 'P-778120'],
    ['en', 'Transferred (record no. 2021-66310) to ICU.', '2021-66310'],
    ['en', 'Physio notes (file PT-55190): 12 sessions.', 'PT-55190'],
  ] as const)('%s: finds the code in "%s", not its cue', (lang, text, code) => {
    expect(found(text, lang)).toEqual([at(text, code, 'record-number')]);
  });

  it('covers the code only', () => {
    expect(found('MRN 4471283')).toEqual([{ type: 'record-number', start: 4, end: 11 }]);
  });

  it.each([
    ['fr', 'Le dossier du patient est complet.'],
    ['fr', 'Le dossier 2023 est clos.'],
    ['fr', 'Dossier 12, page 3.'],
    ['en', 'NISS 12345678901 is not a record number, and an invalid NISS is nothing.'],
    ['nl', 'dossier van 12/03/2024'],
  ] as const)('%s: nothing in "%s"', (lang, text) => {
    expect(found(text, lang)).toEqual([]);
  });
});
