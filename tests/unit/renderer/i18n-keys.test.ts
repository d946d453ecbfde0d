import { LANGUAGES } from '../../../core/i18n';
import { NAMESPACES, UI_RESOURCES, initI18n } from '../../../renderer/src/i18n';
import { PREVIEW_RESOURCES } from '../../../renderer/src/preview/strings';
import { PROFILE_RESOURCES } from '../../../renderer/src/profile/strings';
import { DATABASE_RESOURCES } from '../../../renderer/src/screens/DatabaseErrorScreen';
import { SETTINGS_RESOURCES } from '../../../renderer/src/settings/strings';
import { TRAINER_RESOURCES } from '../../../renderer/src/trainer/strings';

type Tree = { [key: string]: string | Tree };

/** Levels are joined with " › ", which no key holds (a key may hold a dot: the framework reference "Art. 4"). */
const LEVEL = ' › ';
function leafKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : leafKeys(v, `${prefix}${k}${LEVEL}`)));
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
/** Every key of a language, prefixed with its namespace ("blocks:categorize › check"). */
const treeOf = (lang: (typeof LANGUAGES)[number]): Tree => ({
  ...Object.fromEntries(NAMESPACES.map((ns) => [`${ns}:`, UI_RESOURCES[lang][ns] as Tree])),
  // The trainer area's namespaces load with its code, and are held to the same rules.
  ...Object.fromEntries(Object.entries(TRAINER_RESOURCES[lang]).map(([ns, tree]) => [`${ns}:`, tree as Tree])),
  // So are the namespaces that load with their screens.
  ...Object.fromEntries(
    [PREVIEW_RESOURCES, PROFILE_RESOURCES, SETTINGS_RESOURCES, DATABASE_RESOURCES].flatMap((resources) =>
      Object.entries(resources[lang]).map(([ns, tree]) => [`${ns}:`, tree as Tree]),
    ),
  ),
});
const keysOf = (lang: (typeof LANGUAGES)[number]) => leafKeys(treeOf(lang)).map((k) => k.replace(/^(\w+): › /, '$1:'));
const baseKeys = (keys: string[]) => new Set(keys.map((k) => k.replace(PLURAL_SUFFIX, '')));

describe('UI strings', () => {
  it.each(LANGUAGES)('%s has every key that another language has', (lang) => {
    const mine = baseKeys(keysOf(lang));
    const all = new Set(LANGUAGES.flatMap((l) => [...baseKeys(keysOf(l))]));
    expect([...all].filter((k) => !mine.has(k))).toEqual([]);
  });

  it.each(LANGUAGES)('%s has every plural category its language uses, for every counted string', (lang) => {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const keys = new Set(keysOf(lang));
    const counted = new Set(
      LANGUAGES.flatMap((l) => keysOf(l))
        .filter((k) => PLURAL_SUFFIX.test(k))
        .map((k) => k.replace(PLURAL_SUFFIX, '')),
    );
    const missing = [...counted].flatMap((base) => categories.filter((c) => !keys.has(`${base}_${c}`)).map((c) => `${base}_${c}`));
    expect(missing).toEqual([]);
  });

  it.each(LANGUAGES)('%s has no empty string and no leftover of another language’s placeholders', (lang) => {
    const lookup = (tree: Tree, key: string) => {
      const ns = key.slice(0, key.indexOf(':'));
      const path = key.slice(ns.length + 1);
      return path.split(LEVEL).reduce<Tree | string | undefined>((t, k) => (t as Tree | undefined)?.[k], tree[`${ns}:`]) as string | undefined;
    };
    const value = (key: string) => lookup(treeOf(lang), key)!;
    const enValue = (key: string) => lookup(treeOf('en'), key);
    for (const key of keysOf(lang)) {
      expect(value(key).trim()).not.toBe('');
      const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)/g)].map((m) => m[1]).sort();
      const reference = enValue(key) ?? enValue(key.replace(PLURAL_SUFFIX, '_other'));
      if (reference) expect({ key, placeholders: placeholders(value(key)) }).toEqual({ key, placeholders: placeholders(reference) });
    }
  });

  it('uses French plural forms for large numbers (the "many" category)', async () => {
    const i18n = await initI18n('fr');
    expect(i18n.t('home.forYou', { count: 1 })).toBe('1 exercice écrit pour votre profession passe en premier');
    expect(i18n.t('home.forYou', { count: 1_000_000 })).toBe('1000000 exercices écrits pour votre profession passent en premier');
    expect(i18n.t('player.answered', { count: 0 })).toBe('0 question répondue');
  });
});
