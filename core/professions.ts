/** Professions a learner can declare; modules target a subset. One list for schema, UI and records. */
export const PROFESSIONS = ['physician', 'nurse', 'physiotherapist', 'hospital-admin', 'mutuality-staff', 'other'] as const;
export type Profession = (typeof PROFESSIONS)[number];
