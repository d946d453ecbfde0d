import { checkPrompt, PLACEHOLDERS, pseudonymise } from '../../../../core/prompt-check';
import type { PersonalDataFinding } from '../../../../core/prompt-check/types';
import { PERSONAL_DATA_TYPES } from '../../../../core/prompt-check/types';

const personal = (text: string) =>
  checkPrompt(text, 'fr').findings.filter((f): f is PersonalDataFinding => f.kind === 'personal-data');

describe('pseudonymise', () => {
  it('replaces every identifier with its placeholder and leaves the rest as it was', () => {
    const text =
      'Rédige une lettre pour Mme Dupont, née le 12/03/1948, NISS 48.03.12-004.83, Rue Haute 290, 1000 Bruxelles, ' +
      'tél 0470 12 34 56, marie.dupont@example.be, compte BE68 5390 0754 7034, dossier 2023-08841.';
    expect(pseudonymise(text, personal(text))).toBe(
      'Rédige une lettre pour Mme [PATIENT], née le [DATE], NISS [NISS], [ADDRESS], ' +
        'tél [PHONE], [EMAIL], compte [IBAN], dossier [RECORD].',
    );
  });

  it('replaces from right to left, so earlier offsets stay right whatever the placeholders’ lengths', () => {
    const text = 'a@b.be x 0470 12 34 56';
    const findings: PersonalDataFinding[] = [
      { kind: 'personal-data', type: 'email', start: 0, end: 6, message: '' },
      { kind: 'personal-data', type: 'phone', start: 9, end: 22, message: '' },
    ];
    expect(pseudonymise(text, findings)).toBe('[EMAIL] x [PHONE]');
    expect(pseudonymise(text, [...findings].reverse())).toBe('[EMAIL] x [PHONE]');
  });

  it('leaves a text without findings unchanged, and ignores missing elements', () => {
    const text = 'Explique le diabète à une patiente de 70 ans.';
    expect(pseudonymise(text, [])).toBe(text);
    expect(pseudonymise(text, checkPrompt(text, 'fr').findings)).toBe(text);
  });

  it('has a placeholder for every type, and "other" becomes [REMOVED]', () => {
    expect(Object.keys(PLACEHOLDERS).sort()).toEqual([...PERSONAL_DATA_TYPES].sort());
    expect(pseudonymise('secret', [{ kind: 'personal-data', type: 'other', start: 0, end: 6, message: '' }])).toBe('[REMOVED]');
  });

  it('gives a prompt the checker finds clean', () => {
    const text = 'Schrijf een brief voor dhr. Van den Broeck, geboren op 12/03/1948, Kerkstraat 12 bus 3, 1050 Elsene, MRN 4471283.';
    const safe = pseudonymise(text, checkPrompt(text, 'nl').findings);
    expect(safe).toBe('Schrijf een brief voor dhr. [PATIENT], geboren op [DATE], [ADDRESS], MRN [RECORD].');
    expect(checkPrompt(safe, 'nl').findings.filter((f) => f.kind === 'personal-data')).toEqual([]);
  });

  it('skips a finding that overlaps one already replaced instead of garbling the text', () => {
    const findings: PersonalDataFinding[] = [
      { kind: 'personal-data', type: 'name', start: 0, end: 10, message: '' },
      { kind: 'personal-data', type: 'phone', start: 5, end: 14, message: '' },
    ];
    expect(pseudonymise('Jan Peeters 0470', findings)).toBe('Jan P[PHONE]70');
  });
});
