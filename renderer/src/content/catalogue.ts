import { catalogue, loaders } from 'virtual:carelit/catalogue';
import type { LearningModule, ModuleMeta } from '../../../core/content/schema';

/** Module metadata for the catalogue; lessons stay in each module's own chunk until opened. */
export const CATALOGUE: readonly ModuleMeta[] = catalogue;

export type LoadResult = { ok: true; module: LearningModule } | { ok: false; reason: string };

/**
 * Loads a module's chunk and checks it once more against the schema: the build already refused
 * broken content, and this guard keeps a damaged install from showing half a module.
 */
export async function loadModule(id: string): Promise<LoadResult> {
  const load = loaders[id];
  if (!load) return { ok: false, reason: `unknown module "${id}"` };
  try {
    // The schema (and zod) load with the first module, not with the app's entry.
    const [{ moduleSchema }, content] = await Promise.all([import('../../../core/content/schema'), load()]);
    const parsed = moduleSchema.safeParse(content.default);
    return parsed.success ? { ok: true, module: parsed.data } : { ok: false, reason: parsed.error.issues[0]?.message ?? 'invalid module' };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
