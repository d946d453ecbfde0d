import { spawnSync } from 'node:child_process';

// The launcher may build the command line first (a few seconds on a busy machine).
jest.setTimeout(120_000);

const launcher = (args: string[], input?: string) => spawnSync(process.execPath, ['scripts/carelit.mjs', ...args], { encoding: 'utf8', input, timeout: 110_000 });
const fromSource = (args: string[], input?: string) => spawnSync('npx', ['tsx', 'cli/carelit.ts', ...args], { encoding: 'utf8', input, timeout: 110_000 });

describe('npm run carelit (scripts/carelit.mjs)', () => {
  it('runs the built command line, with exactly the output of the source', () => {
    const built = launcher(['content', 'stats']);
    const source = fromSource(['content', 'stats']);
    expect(built.stderr).toBe('');
    expect(built.status).toBe(0);
    expect(built.stdout).toBe(source.stdout);
  });

  it('passes stdin through and keeps the exit code', () => {
    const line = JSON.stringify({ id: 'a', lang: 'fr', text: 'Résume pour Mme Josiane Dupont.' });
    const built = launcher(['prompt-check'], `${line}\n`);
    expect(built.stdout).toBe(fromSource(['prompt-check'], `${line}\n`).stdout);
    expect(launcher(['no-such-command']).status).toBe(2);
  });
});
