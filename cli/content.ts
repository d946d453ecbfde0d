import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { checkContent, type ContentFile } from '../core/content/check';
import { formatFault } from '../core/content/faults';

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

export function contentCheck(dir: string): CommandOutput {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return { code: 1, stdout: [], stderr: [`${dir}: not a folder (expected a folder of modules, each with a ${MODULE_FILE})`] };
  }
  const files = readModuleFiles(dir);
  if (files.length === 0) {
    return { code: 1, stdout: [], stderr: [`${dir}: no module found (expected <module-id>/${MODULE_FILE})`] };
  }
  const { faults } = checkContent(files, { assetExists: assetsBeside(dir) });
  if (faults.length > 0) return { code: 1, stdout: faults.map(formatFault), stderr: [] };
  const noun = files.length === 1 ? 'module' : 'modules';
  return { code: 0, stdout: [`${files.length} ${noun} checked: no fault.`], stderr: [] };
}
