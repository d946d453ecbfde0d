import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogueModules } from '../../cli/cohort';
import { serialiseProgressFile, type ProgressFile } from '../../core/cohort/progress-file';
import { simulateCohort } from '../../core/cohort/simulate';

/**
 * The progress files of `learners` made-up learners of the shipped modules, written as
 * `learner-1.json`… to a new temporary folder (the test removes it), as a trainer would have them.
 */
export async function writeSimulatedCohort(learners: number, seed: number, prefix: string): Promise<{ dir: string; files: ProgressFile[]; paths: string[] }> {
  const catalogue = catalogueModules();
  if (!catalogue.ok) throw new Error(catalogue.message);
  const files = await simulateCohort({ learners, seed, appVersion: '0.1.0' }, catalogue.modules);
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const paths = files.map((file, i) => {
    const path = join(dir, `learner-${i + 1}.json`);
    writeFileSync(path, serialiseProgressFile(file));
    return path;
  });
  return { dir, files, paths };
}
