import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LANGUAGES, type Language } from '../../../core/i18n';
import { FirstStart } from '../../../renderer/src/FirstStart';
import { initI18n } from '../../../renderer/src/i18n';
import { COMMON_STRINGS, commonText } from '../../../renderer/src/ui-strings';
import { testPlatform } from './render-app';

type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`)));

describe('a first start’s own strings, before i18next is loaded', () => {
  it.each(LANGUAGES)('read every singular string of `common` in %s as i18next does, values filled in', async (lang) => {
    const i18n = await initI18n(lang);
    const t = commonText(lang);
    const singular = leaves(COMMON_STRINGS[lang] as unknown as Tree).filter(([key]) => !/_(zero|one|two|few|many|other)$/.test(key));
    expect(singular.length).toBeGreaterThan(50);
    for (const [key, text] of singular) {
      const values = Object.fromEntries([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map(([, name]) => [name!, `<${name}>`]));
      expect([key, t(key, values)]).toEqual([key, i18n.t(key, values)]);
    }
  });

  it('give the key back for a string that does not exist, as i18next does', () => {
    expect(commonText('nl')('language.nothingHere')).toBe('language.nothingHere');
  });
});

describe('the first start’s screen', () => {
  it('comes in the system’s language, shows each language as she picks it, and hands over the one she keeps', async () => {
    const menuLanguages: Language[] = [];
    const platform = { ...testPlatform, setMenuLanguage: (lang: Language) => void menuLanguages.push(lang) };
    const chosen: Language[] = [];
    await act(async () => void render(<FirstStart platform={platform} language="fr" onChosen={(lang) => chosen.push(lang)} />));
    expect(screen.getByRole('heading', { level: 1, name: 'Choisissez votre langue' })).toBeVisible();
    expect(screen.getByRole('radio', { name: 'Français' })).toBeChecked();
    expect(await screen.findByText('Version 9.9.9')).toBeVisible();

    await userEvent.click(screen.getByRole('radio', { name: 'Nederlands' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Kies je taal' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Naar de hoofdinhoud' })).toHaveAttribute('href', '#main');
    expect(document.documentElement.lang).toBe('nl');
    expect(menuLanguages).toEqual(['nl']);
    expect(chosen).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Verder' }));
    expect(chosen).toEqual(['nl']);
  });
});
