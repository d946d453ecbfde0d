/** Small helpers the benchmarks share to turn measurements into printed figures. */
import { availableParallelism, loadavg } from 'node:os';

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
}

/** Kilobytes of 1000 bytes, as Vite's build report counts them, so the two figures agree. */
export function kilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

export function verdict(withinTarget: boolean): 'OK' | 'OVER' {
  return withinTarget ? 'OK' : 'OVER';
}

/** A positive whole number from an environment variable, or the default when it is unset. */
export function countFromEnv(name: string, fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new RangeError(`${name} must be a whole number of at least 1, not "${raw}".`);
  return Number(raw);
}

/** How busy the machine was (the last minute's load average): other work slows every figure, so a reader can weigh them. */
export function machineLoad(): string {
  return `machine load while measuring: ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`;
}
