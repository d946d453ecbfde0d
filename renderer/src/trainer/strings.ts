import type { i18n as I18n } from 'i18next';
import { LANGUAGES } from '../../../core/i18n';
import enCohort from '../../../locales/en/cohort.json';
import enLrs from '../../../locales/en/lrs.json';
import enTrainer from '../../../locales/en/trainer.json';
import frCohort from '../../../locales/fr/cohort.json';
import frLrs from '../../../locales/fr/lrs.json';
import frTrainer from '../../../locales/fr/trainer.json';
import nlCohort from '../../../locales/nl/cohort.json';
import nlLrs from '../../../locales/nl/lrs.json';
import nlTrainer from '../../../locales/nl/trainer.json';

/**
 * The trainer area's strings (`trainer`), what it shares with `carelit cohort report`
 * (`cohort`: refusal reasons, status names, CSV headers) and with `carelit lrs` (`lrs`: the
 * organisation's LRS settings, reached from the area, and the words for what an LRS answers).
 * They travel with the trainer area's code, not with the first screen: learners, who are most
 * of the app's users, never load them.
 */
export const TRAINER_RESOURCES = {
  fr: { trainer: frTrainer, cohort: frCohort, lrs: frLrs },
  nl: { trainer: nlTrainer, cohort: nlCohort, lrs: nlLrs },
  en: { trainer: enTrainer, cohort: enCohort, lrs: enLrs },
} as const;

/** Adds the trainer area's strings to the app's i18next instance, once. */
export function addTrainerStrings(i18n: I18n): void {
  for (const lang of LANGUAGES) {
    for (const [ns, resources] of Object.entries(TRAINER_RESOURCES[lang])) {
      if (!i18n.hasResourceBundle(lang, ns)) i18n.addResourceBundle(lang, ns, resources);
    }
  }
}
