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
    ['fr', 'IPP : 7730412, entrée ce matin.', '7730412'],
    ['fr', 'NIP 55-00231 au bloc.', '55-00231'],
    ['fr', 'N° de séjour S26-0048812 à clôturer.', 'S26-0048812'],
    ['fr', 'numéro de séjour 26004411.', '26004411'],
    ['fr', "n° d'admission 991207, ortho.", '991207'],
    ['nl', 'Patiëntnr. 4471120 op 3B.', '4471120'],
    ['nl', 'patiëntnr 8830021 ontslag.', '8830021'],
    ['nl', 'pat.nr. 661204, kamer 3.', '661204'],
    ['nl', 'Opnamenummer 2026-11873 afsluiten.', '2026-11873'],
    ['en', 'Unit no. 5512093, bay 2.', '5512093'],
    ['en', 'Case no. ADM-26-004417 was reopened.', 'ADM-26-004417'],
    ['en', 'Chart no. GP-20931 from the practice.', 'GP-20931'],
    ['en', 'Hospital ID H-2026-40127, ward 7.', 'H-2026-40127'],
    ['en', 'Admission no. 8820143 on Monday.', '8820143'],
    ['nl', 'Vat deze nota samen (EPD-nr 3318275).', '3318275'],
    ['en', 'Her hospital no. 0671-4420 is on the wristband.', '0671-4420'],
    ['fr', 'Le membre (DPI n° 4471902) conteste.', '4471902'],
    ['nl', 'Ziekenhuisnummer: HN-2025-0177', 'HN-2025-0177'],
  ] as const)('%s: finds the code in "%s", not its cue', (lang, text, code) => {
    expect(found(text, lang)).toEqual([at(text, code, 'record-number')]);
  });

  it.each([
    ['fr', "Mon numéro de dossier chez vous, c'est le 2023/044871, merci.", '2023/044871'],
    ['nl', 'Mijn dossiernummer bij jullie is 2022/087311.', '2022/087311'],
    ['en', 'My hospital no. is 0671-4420, and I need my letter.', '0671-4420'],
    ['en', 'Her MRN at our hospital is 7003421.', '7003421'],
  ] as const)('%s: finds the code a few words after its cue in "%s"', (lang, text, code) => {
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
    ['en', 'In case 12345 people ask, say no.'],
    ['en', 'The unit 4 staff and the chart review.'],
    ['fr', 'Un séjour de 2026 jours ?'],
    ['fr', 'Le dossier est à 1500 m ; le dossier est le 12/03/2024 ; mon dossier est de 2023.'],
    ['en', 'The record is 140/90 and the file is 2000 lines long.'],
  ] as const)('%s: nothing in "%s"', (lang, text) => {
    expect(found(text, lang)).toEqual([]);
  });
});
