import type { Localized } from '../../content/fields';

/** What an episode is: the device or its use, the patient's state, or what is expected. */
export const CLASSES = ['artefact', 'real-alert', 'normal-variation'] as const;
export type EpisodeClass = (typeof CLASSES)[number];

/** What she does about it, from nothing to 112. */
export const ACTIONS = ['none', 'reassure', 'contact-patient', 'adjust-protocol', 'escalate', 'emergency'] as const;
export type EpisodeAction = (typeof ACTIONS)[number];

export const MODES = ['classify', 'find'] as const;
export const MDR_CLASSES = ['I', 'IIa', 'IIb', 'III', 'none'] as const;
export const MHEALTH_LEVELS = ['M1', 'M2', 'M3', 'none'] as const;

/** One term per concept, the same in the module's lessons, the exercise and a trainer's report. */
export const CLASS_LABELS: Record<EpisodeClass, Localized> = {
  artefact: { fr: 'Artefact', nl: 'Artefact', en: 'Artefact' },
  'real-alert': { fr: 'Vraie alerte', nl: 'Echt alarm', en: 'Real alert' },
  'normal-variation': { fr: 'Variation normale', nl: 'Normale schommeling', en: 'Normal variation' },
};

export const ACTION_LABELS: Record<EpisodeAction, Localized> = {
  none: { fr: 'Rien à faire', nl: 'Niets doen', en: 'Nothing to do' },
  reassure: { fr: 'Rassurer ou expliquer au patient', nl: 'De patiënt geruststellen of uitleg geven', en: 'Reassure or explain to the patient' },
  'contact-patient': { fr: 'Appeler le patient pour vérifier', nl: 'De patiënt bellen om na te gaan hoe het gaat', en: 'Call the patient to check' },
  'adjust-protocol': { fr: 'Adapter selon le protocole convenu', nl: 'Aanpassen volgens het afgesproken protocol', en: 'Adjust per the agreed protocol' },
  escalate: { fr: 'Prévenir le médecin', nl: 'De arts verwittigen', en: 'Escalate to the physician' },
  emergency: { fr: 'Urgence : appeler le 112', nl: 'Spoed: 112 bellen', en: 'Emergency: call 112' },
};

/** Words a trainer's report uses beside episodes, classes and actions. */
export const MISSED_ALERT = 'missed-alert';
export const NOT_FOUND = 'not-found';
export const FALSE_ALARM = 'false-alarm';
export const MARKER_LABELS: Record<typeof MISSED_ALERT | typeof NOT_FOUND | typeof FALSE_ALARM, Localized> = {
  [MISSED_ALERT]: { fr: 'alerte critique manquée', nl: 'kritiek alarm gemist', en: 'critical alert missed' },
  [NOT_FOUND]: { fr: 'épisode non repéré', nl: 'episode niet opgespoord', en: 'episode not found' },
  [FALSE_ALARM]: {
    fr: 'Période sélectionnée sans épisode (fausse alerte)',
    nl: 'Geselecteerde periode zonder episode (vals alarm)',
    en: 'Stretch selected with no episode in it (false alarm)',
  },
};

/** Ids an episode may not take: a report names classes, actions and these words by the same ids. */
export const RESERVED_EPISODE_IDS: readonly string[] = [...CLASSES, ...ACTIONS, ...Object.keys(MARKER_LABELS)];
