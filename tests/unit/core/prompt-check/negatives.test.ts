import { covered } from './found';

/** Numbers a care prompt is full of, none of which identifies anyone. */
describe('never personal data', () => {
  it.each([
    ['doses', 'Metformine 500 mg 2 x 1 g/j, 5 ml de sirop, insuline 10 UI le soir, paracétamol 1 g 4x/j max 4 g.'],
    ['lab values', 'HbA1c 7,2 %, CRP 45 mg/L, Hb 11.2 g/dL, créatinine 1,3 mg/dL, eGFR 48 ml/min.'],
    ['vital signs', 'TA 145/90, BP 120/80, SpO2 94 %, FC 88/min, T° 38,2.'],
    ['ICD-10 codes', 'Diagnostics : I10, E11.9, J18.9, N18.3.'],
    ['a PubMed ID', 'Voir PMID: 31452104.'],
    ['a DOI', 'Source : doi 10.1056/NEJMoa2034577.'],
    ['an appointment', 'Rendez-vous le 12/12/2026 à 14h, ou à 14:30, salle 2.'],
    ['years and ages', 'En 2023, à 67 ans, depuis 1998, 85-year-old, 82 jaar.'],
    ['room numbers', 'Chambre 312, kamer 4.12, room 12B.'],
    ['dosage schedules and times', 'Schéma 1-0-1, 0-0-1 pendant 10 jours, à 08:00, 12:00 et 18:00.'],
    ['placeholders', '[NAME] [PATIENT] [NOM] [NAAM] [NISS] [DATE] [PHONE] [EMAIL] [IBAN] [ADDRESS] [RECORD]'],
    ['a template with placeholders', 'Chère Madame, Cher Monsieur [NOM],\nBien à vous,\n[Votre nom]'],
    ['eponyms and cited authors', 'Score de Braden 11, Glasgow 14, Cockcroft-Gault, Child-Pugh B ; Martin et al. (2021), PMID 31452104.'],
    ['a schedule of the day', 'Programme : 09:00 Accueil – café ; 13:00 Repas ; 14:00 Atelier – salle 2.'],
  ])('%s', (_, text) => {
    expect(covered(text, 'fr')).toEqual([]);
  });
});
