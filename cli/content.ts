import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { checkContent, type ContentFile } from '../core/content/check';
import { formatFault } from '../core/content/faults';
import { formatStats, moduleStats, statsJson } from '../core/content/stats';

export const MODULE_FILE = 'module.yaml';

/** Reads every `<dir>/<module-id>/module.yaml` under `dir`. */
export function readModuleFiles(dir: string, cwd = process.cwd()): ContentFile[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, MODULE_FILE)))
    .map((entry) => {
      const path = join(dir, entry.name, MODULE_FILE);
      return { file: relative(cwd, path) || path, folder: entry.name, text: readFileSync(path, 'utf8') };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

/** Images live in the assets/ folder beside the modules folder. */
export function assetsBeside(modulesDir: string): (src: string) => boolean {
  const assets = join(dirname(resolve(modulesDir)), 'assets');
  return (src) => existsSync(join(assets, src)) && statSync(join(assets, src)).isFile();
}

export interface CommandOutput {
  code: number;
  stdout: string[];
  stderr: string[];
}

/** Reads and checks the modules of `dir`; the faults, or the valid modules. */
function checkedModules(dir: string): CommandOutput | ReturnType<typeof checkContent> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return { code: 1, stdout: [], stderr: [`${dir}: not a folder (expected a folder of modules, each with a ${MODULE_FILE})`] };
  }
  const files = readModuleFiles(dir);
  if (files.length === 0) {
    return { code: 1, stdout: [], stderr: [`${dir}: no module found (expected <module-id>/${MODULE_FILE})`] };
  }
  const report = checkContent(files, { assetExists: assetsBeside(dir) });
  return report.faults.length > 0 ? { code: 1, stdout: report.faults.map(formatFault), stderr: [] } : report;
}

export function contentCheck(dir: string): CommandOutput {
  const result = checkedModules(dir);
  if ('code' in result) return result;
  const noun = result.modules.length === 1 ? 'module' : 'modules';
  return { code: 0, stdout: [`${result.modules.length} ${noun} checked: no fault.`], stderr: [] };
}

/**
 * Per module: blocks by type, words per language, computed minutes against the declared
 * estimate. As text for authors, or with `json` one object per module and line, for scripts.
 */
export function contentStats(dir: string, { json = false } = {}): CommandOutput {
  const result = checkedModules(dir);
  if ('code' in result) return result;
  const stats = result.modules.map(moduleStats);
  return { code: 0, stdout: json ? stats.map((s) => JSON.stringify(statsJson(s))) : stats.flatMap(formatStats), stderr: [] };
}
