import { LANGUAGES } from '../../../../core/i18n';
import { checkPrompt, findPersonalData, placeholder } from '../../../../core/prompt-check';
import { personalDataMessage } from '../../../../core/prompt-check/messages';
import { findNames } from '../../../../core/prompt-check/names';
import { findRecordNumbers } from '../../../../core/prompt-check/record-number';
import { PERSONAL_DATA_TYPES, PERSON_ROLES } from '../../../../core/prompt-check/types';
import { at, found } from './found';

describe('checkPrompt', () => {
  it('lists personal data by position, then missing elements in the contract’s order', () => {
    const text = 'Write a discharge letter for Jan Peeters, NISS 85.07.30-033.28, phone 0470 12 34 56, email jan.peeters@example.be.';
    const { findings, score } = checkPrompt(text, 'en');
    expect(findings.map((f) => (f.kind === 'personal-data' ? `${f.type}: ${text.slice(f.start, f.end)}` : f.element))).toEqual([
      'name: Jan Peeters',
      'niss: 85.07.30-033.28',
      'phone: 0470 12 34 56',
      'email: jan.peeters@example.be',
      'role',
      'context',
      'constraints',
      'audience',
      'uncertainty',
    ]);
    expect(score).toBe(0);
  });

  it('gives findings exactly the contract’s keys, and a name its role', () => {
    const findings = checkPrompt('Mme Dupont, NISS 85.07.30-033.28', 'fr').findings;
    expect(findings.map((f) => Object.keys(f))).toEqual([
      ['kind', 'type', 'role', 'start', 'end', 'message'],
      ['kind', 'type', 'start', 'end', 'message'],
      ...findings.slice(2).map(() => ['kind', 'element', 'message']),
    ]);
    expect(findings[0]).toMatchObject({ type: 'name', role: 'patient' });
  });

  it('speaks the interface language, and names the placeholder to use in it', () => {
    expect(checkPrompt('NISS 85.07.30-033.28', 'fr').findings[0]!.message).toBe('Numéro de registre national : remplacez-le par [NISS] ou supprimez-le.');
    expect(checkPrompt('INSZ 85.07.30-033.28', 'nl').findings[0]!.message).toBe('Rijksregisternummer: vervang het door [INSZ] of schrap het.');
    expect(checkPrompt('NISS 85.07.30-033.28', 'en').findings[0]!.message).toBe('National register number: replace it with [NISS] or delete it.');
    expect(checkPrompt('Envoyé par le Dr Martin.', 'fr').findings[0]!.message).toBe('Nom d’un médecin : remplacez-le par [MÉDECIN] ou par sa fonction (« le médecin traitant »).');
    for (const lang of LANGUAGES) {
      for (const type of PERSONAL_DATA_TYPES) expect(personalDataMessage(type, lang)).toContain(placeholder(type, lang));
      for (const role of PERSON_ROLES) expect(personalDataMessage('name', lang, role)).toContain(placeholder('name', lang, role));
    }
  });

  describe('when two detectors claim the same text, the more specific one stays', () => {
    it('a record cue before a valid NISS: the NISS', () => {
      const text = 'dossier 85073003328';
      expect(findRecordNumbers(text)).toHaveLength(1);
      expect(found(text)).toEqual([at(text, '85073003328', 'niss')]);
    });

    it('a street named after a person: the address', () => {
      const text = 'Elle habite avenue Jean Volders 12, 1060 Saint-Gilles.';
      expect(findNames(text)).toHaveLength(1);
      expect(found(text, 'fr')).toEqual([at(text, 'avenue Jean Volders 12, 1060 Saint-Gilles', 'address')]);
    });

    it('a record number written like a mobile number: the record, once', () => {
      const text = 'dossier 0470123456';
      expect(found(text, 'fr')).toEqual([at(text, '0470123456', 'record-number')]);
    });
  });

  it('never overlaps two findings', () => {
    const text =
      'Mme Dupont (° 12/03/1948, NISS 48.03.12-004.83) vit Rue Haute 290, 1000 Bruxelles ; son fils Marc Dupont, 0470 12 34 56, ' +
      'marc.dupont@example.be, paie via BE68 5390 0754 7034. Dossier 2023-08841. Dr. J. Peeters, patiëntnummer 55443322.';
    const spans = findPersonalData(text);
    expect(spans.map((s) => s.type)).toEqual(['name', 'birthdate', 'niss', 'address', 'name', 'phone', 'email', 'iban', 'record-number', 'name', 'record-number']);
    spans.forEach((s, i) => i > 0 && expect(s.start).toBeGreaterThanOrEqual(spans[i - 1]!.end));
  });
});
