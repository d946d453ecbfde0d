import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogueKey, keepCatalogue, type CatalogueCache } from '../../../cli/catalogue-cache';
import { catalogueModules } from '../../../cli/cohort';
import { readModuleFiles } from '../../../cli/content';
import { checkContent } from '../../../core/content/check';

let dir: string;
let modules: string;
let cache: CatalogueCache;
const sampleFile = () => join(modules, 'sample', 'module.yaml');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'carelit-catalogue-'));
  modules = join(dir, 'modules');
  cpSync('tests/fixtures/modules/valid', modules, { recursive: true });
  cache = { path: join(dir, 'catalogue.json'), build: 'build 1' };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the catalogue the command line keeps once checked', () => {
  it('is the catalogue checked from the files, kept after the first run and found by the next', () => {
    const checked = checkContent(readModuleFiles(modules)).modules;
    expect(catalogueModules(modules, cache)).toEqual({ ok: true, modules: checked });
    const kept = JSON.parse(readFileSync(cache.path, 'utf8')) as { key: string };
    expect(kept.key).toBe(catalogueKey(readModuleFiles(modules), cache.build));
    expect(catalogueModules(modules, cache)).toStrictEqual({ ok: true, modules: checked });
  });

  it('is used only for the same files and the same build: anything else is checked again', () => {
    // Modules kept under the right key are used as they are: this is what shows that a key that differs is not.
    const key = catalogueKey(readModuleFiles(modules), cache.build);
    keepCatalogue(cache, key, [{ id: 'kept' }] as never);
    expect(catalogueModules(modules, cache)).toEqual({ ok: true, modules: [{ id: 'kept' }] });

    const checked = checkContent(readModuleFiles(modules)).modules;
    expect(catalogueModules(modules, { ...cache, build: 'build 2' })).toEqual({ ok: true, modules: checked });

    keepCatalogue(cache, key, [{ id: 'kept' }] as never);
    writeFileSync(sampleFile(), readFileSync(sampleFile(), 'utf8').replace('en: Sample module', 'en: Sample module, revised'));
    const revised = catalogueModules(modules, cache);
    expect(revised.ok && revised.modules.map((m) => m.title.en)).toEqual(['Sample module, revised']);
  });

  it('refuses modules that have a fault even when a catalogue of other files is kept, and keeps nothing for them', () => {
    expect(catalogueModules(modules, cache).ok).toBe(true);
    writeFileSync(sampleFile(), readFileSync(sampleFile(), 'utf8').replace('en: Sample module', 'xx: Sample module'));
    const before = readFileSync(cache.path, 'utf8');
    expect(catalogueModules(modules, cache)).toEqual({ ok: false, message: expect.stringContaining('fault(s) in the modules') });
    expect(readFileSync(cache.path, 'utf8')).toBe(before);
  });

  it('checks the modules again when what is kept cannot be read', () => {
    writeFileSync(cache.path, '{"key": "trunc');
    const checked = checkContent(readModuleFiles(modules)).modules;
    expect(catalogueModules(modules, cache)).toEqual({ ok: true, modules: checked });
    expect(catalogueModules(modules, { path: join(dir, 'no', 'such', 'folder', 'catalogue.json'), build: 'x' })).toEqual({ ok: true, modules: checked });
  });
});
