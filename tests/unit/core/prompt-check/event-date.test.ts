import { covered } from './found';

describe('the date of a surgery or an admission', () => {
  it.each([
    ['fr', 'Prothèse totale du genou gauche le 26/11/2026, rééducation en cours.', ['event-date: 26/11/2026']],
    ['fr', 'Hospitalisée du 12/03/2024 au 20/03/2024.', ['event-date: 12/03/2024', 'event-date: 20/03/2024']],
    ['fr', 'Hospitalisé du 2 au 9 avril en gastro.', ['event-date: 2', 'event-date: 9 avril']],
    ['fr', 'Cholécystectomie par laparoscopie le 26/11/2026.', ['event-date: 26/11/2026']],
    ['fr', 'Opérée le 3 mars 2025 à Saint-Luc.', ['event-date: 3 mars 2025']],
    ['nl', 'Totale knieprothese links op 26/11/2026.', ['event-date: 26/11/2026']],
    ['nl', 'Verblijf van 03/11 tot 10/11/2026: pneumonie.', ['event-date: 03/11', 'event-date: 10/11/2026']],
    ['nl', 'B: opgenomen 12/10 met urosepsis.', ['event-date: 12/10']],
    ['en', 'Laparoscopic cholecystectomy on 26/11/2026.', ['event-date: 26/11/2026']],
    ['en', 'Stay from 03/11 to 10/11/2026: right lower lobe pneumonia.', ['event-date: 03/11', 'event-date: 10/11/2026']],
    ['en', 'She was admitted on 4 Nov with a fractured hip.', ['event-date: 4 Nov']],
    ['en', 'Admitted 10–17 Oct for an NSTEMI.', ['event-date: 10', 'event-date: 17 Oct']],
  ] as const)('%s: "%s"', (lang, text, expected) => {
    expect(covered(text, lang)).toEqual(expected);
  });

  it.each([
    ['fr', 'Amoxicilline 875/125 mg 3 × par jour jusqu’au 13/11 inclus.'],
    ['fr', 'Rendez-vous de contrôle le 28/05 à 10 h.'],
    ['fr', 'Refus du médecin-conseil le 24/11/2026.'],
    ['nl', 'Dag 2 na een heupprothese; TA 112/64, pols 104/min.'],
    ['en', 'Day 2 after right total hip replacement; type 2 diabetes.'],
    ['en', 'Discharge: amoxicillin-clavulanate 875/125 mg 3 times a day up to and including 13/11.'],
    ['en', 'The operation lasted 2 hours; BP 112/64.'],
  ] as const)('%s: a date or a number with no event right before it is left alone: "%s"', (lang, text) => {
    expect(covered(text, lang)).toEqual([]);
  });
});
