/**
 * The two builds the renderer benchmarks measure: the app's renderer, built exactly as
 * `npm run build` builds it, and the bare React baseline, built by the same Vite.
 */
import path from 'node:path';
import { runQuietly, viteCommand, type Command } from '../scripts/run-quietly';
import { BenchError } from './benchmark';

export const appDist = (root: string) => path.join(root, 'dist', 'renderer');
export const bareDist = (root: string) => path.join(root, 'dist', 'bench', 'bare-react');

async function buildQuietly(root: string, what: string, command: Command): Promise<void> {
  const result = await runQuietly(command, { cwd: root });
  if (result.ok) return;
  process.stderr.write(result.output.endsWith('\n') ? result.output : `${result.output}\n`);
  throw new BenchError(`Could not build ${what}: vite ${result.reason} (its output is above).`);
}

export async function buildRendererAndBaseline(root: string): Promise<void> {
  console.log('Building the app renderer and the bare React page…');
  await buildQuietly(root, 'the app renderer', viteCommand(root, ['build']));
  await buildQuietly(root, 'the bare React page', viteCommand(root, ['build', '--config', path.join('bench', 'bare-react', 'vite.config.ts')]));
}
