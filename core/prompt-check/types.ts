/**
 * The prompt checker's contract, shared by the prompt-lab block, the `prompt-check` CLI and the
 * benchmark. Offsets are JavaScript string indices into the checked text, end exclusive,
 * covering the identifier itself (not its cue words).
 */
export const PERSONAL_DATA_TYPES = ['niss', 'name', 'birthdate', 'event-date', 'phone', 'email', 'iban', 'address', 'record-number', 'other'] as const;
export type PersonalDataType = (typeof PERSONAL_DATA_TYPES)[number];

/**
 * Who a name belongs to, as far as its cue says: a patient (also the default: a name in a care
 * prompt is most often the patient's), a relative, a physician ("Dr Martin"), a colleague, or a
 * person whose role nothing tells (a greeting, a signature). Pseudonymising keeps the role.
 */
export const PERSON_ROLES = ['patient', 'relative', 'physician', 'colleague', 'person'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

/** The parts of a good prompt, in the order the feedback lists them. */
export const PROMPT_ELEMENTS = ['role', 'context', 'task', 'format', 'constraints', 'audience', 'uncertainty'] as const;
export type PromptElement = (typeof PROMPT_ELEMENTS)[number];

export interface PersonalDataFinding {
  kind: 'personal-data';
  type: PersonalDataType;
  /** A name's role (names only). */
  role?: PersonRole;
  start: number;
  end: number;
  /** What was found and how to fix it, in the prompt's language. */
  message: string;
}

export interface MissingElementFinding {
  kind: 'missing-element';
  element: PromptElement;
  message: string;
}

export type Finding = PersonalDataFinding | MissingElementFinding;

export interface PromptCheck {
  findings: Finding[];
  /** 0–100 from the rubric: missing elements cost points, any personal data costs most. */
  score: number;
}
