import { eraseDatabase } from '../../../renderer/src/db/database';
import { readLanguageHint } from '../../../renderer/src/db/language-hint';
import { getLanguage, setLanguage } from '../../../renderer/src/db/settings';
import { freshDatabase } from './render-app';

describe('the language remembered for start-up', () => {
  beforeEach(() => localStorage.clear());

  it('follows the saved setting, so the first screen opens in her language before the database', async () => {
    const db = freshDatabase();
    expect(readLanguageHint()).toBeUndefined();
    await setLanguage(db, 'nl');
    expect(readLanguageHint()).toBe('nl');
    expect(await getLanguage(db)).toBe('nl');
  });

  it('ignores a value that is not a language of the app', () => {
    localStorage.setItem('carelit.language', '<script>');
    expect(readLanguageHint()).toBeUndefined();
  });

  it('is erased with the data', async () => {
    const db = freshDatabase();
    await setLanguage(db, 'en');
    db.close();
    await eraseDatabase(db.name);
    expect(readLanguageHint()).toBeUndefined();
  });
});
