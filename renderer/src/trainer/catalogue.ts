import { useEffect, useState } from 'react';
import { reportModule, type ReportModule } from '../../../core/cohort/report';
import type { LearningModule } from '../../../core/content/schema';
import { CATALOGUE, loadModule } from '../content/catalogue';

type FrameworkRef = LearningModule['objectives'][number]['frameworks'][number];

/** The installed modules as the report needs them, and each objective's framework references. */
export interface TrainerCatalogue {
  modules: ReportModule[];
  /** Keyed by module id, then objective id. */
  frameworks: Record<string, Record<string, FrameworkRef[]>>;
}

let loading: Promise<TrainerCatalogue> | null = null;
/** Once loaded, at hand: a screen opened later draws at once instead of after a round of loading. */
let loaded: TrainerCatalogue | null = null;

/**
 * Loads every installed module once per session (each is its own chunk). A module that fails
 * to load is left out: its learners' results still show, under the module's id.
 */
export function loadTrainerCatalogue(): Promise<TrainerCatalogue> {
  loading ??= Promise.all(CATALOGUE.map((meta) => loadModule(meta.id))).then((results) => {
    const modules = results.flatMap((r) => (r.ok ? [r.module] : []));
    loaded = {
      modules: modules.map(reportModule),
      frameworks: Object.fromEntries(modules.map((m) => [m.id, Object.fromEntries(m.objectives.map((o) => [o.id, o.frameworks]))])),
    };
    return loaded;
  });
  return loading;
}

export function useTrainerCatalogue(): TrainerCatalogue | null {
  const [catalogue, setCatalogue] = useState<TrainerCatalogue | null>(loaded);
  useEffect(() => {
    let live = true;
    void loadTrainerCatalogue().then((c) => live && setCatalogue(c));
    return () => {
      live = false;
    };
  }, []);
  return catalogue;
}
