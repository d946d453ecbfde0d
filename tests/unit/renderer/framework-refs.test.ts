import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseModuleSource } from '../../../core/content/parse';
import { LANGUAGES } from '../../../core/i18n';
import { formatDate } from '../../../renderer/src/i18n';
import { PREVIEW_RESOURCES } from '../../../renderer/src/preview/strings';

const MODULES = join(__dirname, '../../../modules');

/** Every framework reference the shipped modules make ("Human factors", "Art. 4"). */
function shippedRefs(): string[] {
  const ids = readdirSync(MODULES, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  return [
    ...new Set(
      ids.flatMap((id) => {
        const parsed = parseModuleSource(readFileSync(join(MODULES, id, 'module.yaml'), 'utf8'), id);
        if (!parsed.ok) throw new Error(`module ${id} must be valid`);
        return parsed.module.objectives.flatMap((o) => o.frameworks.map((f) => f.ref));
      }),
    ),
  ];
}

describe('framework references and dates in the reader’s language', () => {
  it.each(LANGUAGES)('every reference a shipped module makes has its %s words (an author adds them in locales/*/preview.json)', (lang) => {
    const refs = PREVIEW_RESOURCES[lang].preview.refs as Record<string, string>;
    expect(shippedRefs().filter((ref) => !refs[ref]?.trim())).toEqual([]);
  });

  it('says the NHS framework’s domains in French and Dutch, never in English', () => {
    expect(PREVIEW_RESOURCES.fr.preview.refs['Human factors']).toBe('Facteurs humains');
    expect(PREVIEW_RESOURCES.nl.preview.refs['Human factors']).toBe('Menselijke factoren');
  });

  it('writes dates day first in English, as in French and Dutch', () => {
    expect(formatDate('2026-12-06', 'en')).toBe('6 December 2026');
    expect(formatDate('2026-12-06', 'fr')).toBe('6 décembre 2026');
    expect(formatDate('2026-12-06', 'nl')).toBe('6 december 2026');
  });
});
