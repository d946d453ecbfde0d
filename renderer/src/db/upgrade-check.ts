/**
 * What opening the database asks first, on every start: whether the stored database is older than
 * this version (then upgrade-copy.ts, loaded only then, copies it before the upgrade), and where
 * that copy lives.
 */
export const copyName = (name: string) => `${name}-copy-before-upgrade`;

/** The version of a database as stored, without opening (or creating) it; undefined when absent or unknown. */
export async function storedVersion(name: string): Promise<number | undefined> {
  const databases = await indexedDB.databases?.();
  const found = databases?.find((d) => d.name === name);
  // Dexie stores its version × 10.
  return found?.version ? found.version / 10 : undefined;
}

export async function databaseExists(name: string): Promise<boolean> {
  const databases = await indexedDB.databases?.();
  return databases?.some((d) => d.name === name) ?? false;
}
