import { useMemo } from 'react';
import { create } from 'zustand';
import type { TrainerKeys } from '../../../core/cohort/passphrase';
import type { Profession } from '../../../core/professions';
import { useServices } from '../context';
import type { Vault } from '../db/vault';

/** Where the trainer is inside her area. */
export type TrainerView =
  { name: 'cohorts' } | { name: 'cohort'; cohortId: string } | { name: 'learner'; cohortId: string; account: string } | { name: 'record'; cohortId: string } | { name: 'lrs' };

/** Why the area is locked, when it locked itself. */
export type LockReason = 'idle';

interface TrainerState {
  /** The keys her passphrase made: the area is unlocked while they are here. */
  keys: TrainerKeys | null;
  lockedBecause: LockReason | null;
  view: TrainerView;
  /** The dashboard's profession filter (null: everyone), kept while she moves between views. */
  profession: Profession | null;
  unlock(keys: TrainerKeys): void;
  lock(reason?: LockReason): void;
  show(view: TrainerView): void;
  /** Opens a cohort's dashboard with every profession shown. */
  openCohort(cohortId: string): void;
  filterProfession(profession: Profession | null): void;
}

const initial = { keys: null, lockedBecause: null, view: { name: 'cohorts' } as TrainerView, profession: null };

/**
 * In memory only, never persisted: a reload or a restart locks the area again, and locking drops
 * the keys (and with them what was opened: renderer/src/db/vault.ts), so a shared computer left
 * open on the profile choice does not leave a cohort's results one click away.
 */
export const useTrainer = create<TrainerState>()((set) => ({
  ...initial,
  unlock: (keys) => set({ keys, lockedBecause: null }),
  lock: (reason) => set({ ...initial, lockedBecause: reason ?? null }),
  show: (view) => set({ view }),
  openCohort: (cohortId) => set({ view: { name: 'cohort', cohortId }, profession: null }),
  filterProfession: (profession) => set({ profession }),
}));

/** The database and the keys, for the unlocked area's screens (which only render while unlocked). */
export function useVault(): Vault {
  const { db } = useServices();
  const keys = useTrainer((s) => s.keys);
  const vault = useMemo(() => (keys ? { db, keys } : null), [db, keys]);
  if (!vault) throw new Error('The trainer area is locked');
  return vault;
}
