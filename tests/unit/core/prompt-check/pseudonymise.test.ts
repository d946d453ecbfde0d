import { LANGUAGES } from '../../../../core/i18n';
import { checkPrompt, placeholder, pseudonymise } from '../../../../core/prompt-check';
import type { PersonalDataFinding } from '../../../../core/prompt-check/types';
import { PERSONAL_DATA_TYPES, PERSON_ROLES } from '../../../../core/prompt-check/types';

const personal = (text: string, lang: 'fr' | 'nl' | 'en' = 'fr') => checkPrompt(text, lang).findings.filter((f): f is PersonalDataFinding => f.kind === 'personal-data');
const safe = (text: string, lang: 'fr' | 'nl' | 'en') => pseudonymise(text, personal(text, lang), lang);

describe('pseudonymise', () => {
  it('replaces every identifier with its placeholder in the interface language and leaves the rest as it was', () => {
    const text =
      'Rédige une lettre pour Mme Dupont, née le 12/03/1948, NISS 48.03.12-004.83, Rue Haute 290, 1000 Bruxelles, ' +
      'tél 0470 12 34 56, marie.dupont@example.be, compte BE68 5390 0754 7034, dossier 2023-08841.';
    expect(safe(text, 'fr')).toBe('Rédige une lettre pour Mme [PATIENT], née le [DATE], NISS [NISS], [ADRESSE], ' + 'tél [TÉLÉPHONE], [E-MAIL], compte [IBAN], dossier [DOSSIER].');
  });

  it('keeps the role of each person: a titled physician is not the patient, a daughter is a relative', () => {
    expect(safe('Lettre du Dr Martin pour Mme Dupont ; sa fille Els appelle le soir.', 'fr')).toBe(
      'Lettre du Dr [MÉDECIN] pour Mme [PATIENT] ; sa fille [PROCHE] appelle le soir.',
    );
    expect(safe('Brief van dr. Martin voor mevrouw Dupont; haar dochter Els belt, collega Marc Dubois neemt over.', 'nl')).toBe(
      'Brief van dr. [ARTS] voor mevrouw [PATIËNT]; haar dochter [FAMILIELID] belt, collega [COLLEGA] neemt over.',
    );
    expect(safe('Referred by Dr Martin for Mrs Dupont; her son Alfie visits.', 'en')).toBe('Referred by Dr [DOCTOR] for Mrs [PATIENT]; her son [RELATIVE] visits.');
  });

  it('takes a whole address with its number, written number-first in any language', () => {
    expect(safe('She lives at 12 Avenue Louise, 1050 Ixelles.', 'en')).toBe('She lives at [ADDRESS].');
    expect(safe('He lives at 134 Kerkstraat, 1050 Ixelles, with his wife.', 'en')).toBe('He lives at [ADDRESS], with his wife.');
    expect(safe('Il habite au 16, rue de la Loi, 1000 Bruxelles.', 'fr')).toBe('Il habite au [ADRESSE].');
    expect(safe('Hij woont op 7 Koningin Astridlaan, 1090 Jette.', 'nl')).toBe('Hij woont op [ADRES].');
  });

  it('takes the date of a surgery or an admission, which identifies as well as a birth date', () => {
    expect(safe('Prothèse totale du genou gauche le 26/11/2026.', 'fr')).toBe('Prothèse totale du genou gauche le [DATE].');
    expect(safe('Verblijf van 03/11 tot 10/11/2026: pneumonie.', 'nl')).toBe('Verblijf van [DATUM] tot [DATUM]: pneumonie.');
    expect(safe('Laparoscopic cholecystectomy on 26/11/2026.', 'en')).toBe('Laparoscopic cholecystectomy on [DATE].');
    // A date with no event before it (a deadline, an appointment) stays.
    expect(safe('Amoxicilline jusqu’au 13/11 inclus ; rendez-vous le 28/05 à 10 h.', 'fr')).toBe('Amoxicilline jusqu’au 13/11 inclus ; rendez-vous le 28/05 à 10 h.');
  });

  it('replaces from right to left, so earlier offsets stay right whatever the placeholders’ lengths', () => {
    const text = 'a@b.be x 0470 12 34 56';
    const findings: PersonalDataFinding[] = [
      { kind: 'personal-data', type: 'email', start: 0, end: 6, message: '' },
      { kind: 'personal-data', type: 'phone', start: 9, end: 22, message: '' },
    ];
    expect(pseudonymise(text, findings, 'en')).toBe('[EMAIL] x [PHONE]');
    expect(pseudonymise(text, [...findings].reverse(), 'nl')).toBe('[E-MAIL] x [TELEFOON]');
  });

  it('leaves a text without findings unchanged, and ignores missing elements', () => {
    const text = 'Explique le diabète à une patiente de 70 ans.';
    expect(pseudonymise(text, [], 'fr')).toBe(text);
    expect(pseudonymise(text, checkPrompt(text, 'fr').findings, 'fr')).toBe(text);
  });

  it('has a placeholder for every type and every role in every language, each a bracketed word the checker never flags', () => {
    for (const lang of LANGUAGES) {
      const all = [...PERSONAL_DATA_TYPES.map((type) => placeholder(type, lang)), ...PERSON_ROLES.map((role) => placeholder('name', lang, role))];
      for (const p of all) expect(p).toMatch(/^\[[^\]]+\]$/);
      expect(personal(`Écris à ${all.join(', ')}.`, lang)).toEqual([]);
    }
    expect(pseudonymise('secret', [{ kind: 'personal-data', type: 'other', start: 0, end: 6, message: '' }], 'en')).toBe('[REMOVED]');
  });

  it('gives a prompt the checker finds clean', () => {
    const text = 'Schrijf een brief voor dhr. Van den Broeck, geboren op 12/03/1948, Kerkstraat 12 bus 3, 1050 Elsene, MRN 4471283.';
    const clean = pseudonymise(text, checkPrompt(text, 'nl').findings, 'nl');
    expect(clean).toBe('Schrijf een brief voor dhr. [PATIËNT], geboren op [DATUM], [ADRES], MRN [DOSSIER].');
    expect(checkPrompt(clean, 'nl').findings.filter((f) => f.kind === 'personal-data')).toEqual([]);
  });

  it('skips a finding that overlaps one already replaced instead of garbling the text', () => {
    const findings: PersonalDataFinding[] = [
      { kind: 'personal-data', type: 'name', start: 0, end: 10, message: '' },
      { kind: 'personal-data', type: 'phone', start: 5, end: 14, message: '' },
    ];
    expect(pseudonymise('Jan Peeters 0470', findings, 'en')).toBe('Jan P[PHONE]70');
  });
});
