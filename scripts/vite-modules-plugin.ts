import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { assetsBeside, readModuleFiles, MODULE_FILE, termsOf } from '../cli/content';
import { checkContent } from '../core/content/check';
import { formatFault } from '../core/content/faults';
import { moduleMeta } from '../core/content/schema';

const CATALOGUE_ID = 'virtual:carelit/catalogue';
const RESOLVED_CATALOGUE_ID = `\0${CATALOGUE_ID}`;

/**
 * Bundles the learning modules: each module becomes its own chunk (loaded when opened) and the
 * catalogue carries metadata only. Content is checked with the same core code as
 * `carelit content check`: a module with a fault fails the build, so the app never ships it.
 */
export function carelitModules(modulesDir: string): Plugin {
  const dir = resolve(modulesDir);
  const checked = () => {
    const files = readModuleFiles(dir);
    const { terms, faults: listFaults } = termsOf(dir);
    const { modules, faults: moduleFaults } = checkContent(files, { assetExists: assetsBeside(dir), ...(terms ? { terms } : {}) });
    const faults = [...listFaults, ...moduleFaults];
    if (faults.length > 0) throw new Error(`content check failed:\n${faults.map(formatFault).join('\n')}`);
    return { files, modules };
  };

  return {
    name: 'carelit-modules',
    resolveId(id) {
      return id === CATALOGUE_ID ? RESOLVED_CATALOGUE_ID : null;
    },
    load(id) {
      if (id === RESOLVED_CATALOGUE_ID) {
        const { modules } = checked();
        const loaders = modules.map((m) => `  ${JSON.stringify(m.id)}: () => import(${JSON.stringify(resolve(dir, m.id, MODULE_FILE))}),`).join('\n');
        return [`export const catalogue = ${JSON.stringify(modules.map(moduleMeta))};`, `export const loaders = {\n${loaders}\n};`].join('\n');
      }
      if (id.startsWith(dir) && id.endsWith(MODULE_FILE)) {
        const mod = checked().modules.find((m) => resolve(dir, m.id, MODULE_FILE) === id);
        if (!mod) throw new Error(`${id}: not a checked module`);
        this.addWatchFile(id);
        return `export default ${JSON.stringify(mod)};`;
      }
      return null;
    },
  };
}
