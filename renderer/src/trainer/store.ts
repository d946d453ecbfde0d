import { create } from 'zustand';
import type { Profession } from '../../../core/professions';

/** Where the trainer is inside her area. */
export type TrainerView =
  | { name: 'cohorts' }
  | { name: 'cohort'; cohortId: string }
  | { name: 'learner'; cohortId: string; account: string }
  | { name: 'record'; cohortId: string }
  | { name: 'lrs' };

interface TrainerState {
  unlocked: boolean;
  view: TrainerView;
  /** The dashboard's profession filter (null: everyone), kept while she moves between views. */
  profession: Profession | null;
  unlock(): void;
  lock(): void;
  show(view: TrainerView): void;
  /** Opens a cohort's dashboard with every profession shown. */
  openCohort(cohortId: string): void;
  filterProfession(profession: Profession | null): void;
}

const initial = { unlocked: false, view: { name: 'cohorts' } as TrainerView, profession: null };

/**
 * In memory only, never persisted: a reload or a restart locks the area again, so a shared
 * computer left open on the profile choice does not leave a cohort's results one click away.
 */
export const useTrainer = create<TrainerState>()((set) => ({
  ...initial,
  unlock: () => set({ unlocked: true }),
  lock: () => set(initial),
  show: (view) => set({ view }),
  openCohort: (cohortId) => set({ view: { name: 'cohort', cohortId }, profession: null }),
  filterProfession: (profession) => set({ profession }),
}));
