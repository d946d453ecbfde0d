import { attemptPassed } from '../attempts';
import { sha256Hex } from '../digest';
import type { ReportModule } from './report';
import { attemptsOf, type LearnerSummary } from './summary';

/**
 * A certificate's verification code: twelve characters derived (SHA-256) from the record of the
 * completion it attests, as her progress file holds it — her pseudonymous account, the module,
 * its version, and the moment of the completion. Her trainer, having imported that file, finds
 * the same code from the same record; without the file nobody can make one, since her account is
 * a random UUID that no certificate shows. The code tells a certificate that matches a pass in
 * her records from one that does not. Like the file's digest, it is not a signature: it proves a
 * match with the file, not that the file is genuine.
 */
export interface CertifiedCompletion {
  account: string;
  moduleId: string;
  moduleVersion: number;
  completedAt: string;
}

/** Crockford's base 32: no I, L, O or U, so a code read aloud or copied by hand stays the same. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 12;
const DOMAIN = 'carelit-certificate-1';

function grouped(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

export async function certificateCode(completion: CertifiedCompletion): Promise<string> {
  const { account, moduleId, moduleVersion, completedAt } = completion;
  const hex = await sha256Hex([DOMAIN, account, moduleId, String(moduleVersion), completedAt].join('\n'));
  let code = '';
  // The low five bits of each of the first twelve bytes: 60 bits, each character equally likely.
  for (let i = 0; i < CODE_LENGTH; i += 1) code += ALPHABET[parseInt(hex.slice(2 * i, 2 * i + 2), 16) & 31];
  return grouped(code);
}

/**
 * A code as someone typed it, in the form certificateCode writes it: case, spaces and dashes do
 * not matter, and the letters O, I and L read as the digits they look like. Null when it cannot
 * be a code.
 */
export function normaliseCode(typed: string): string | null {
  const plain = typed
    .toUpperCase()
    .replace(/[\s\-‐-―]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (plain.length !== CODE_LENGTH || [...plain].some((c) => !ALPHABET.includes(c))) return null;
  return grouped(plain);
}

/** What a code matched: a pass of hers. */
export interface CertificateMatch {
  moduleId: string;
  moduleVersion: number;
  completedAt: string;
  /** Scaled 0–1. */
  score?: number;
}

/**
 * The pass of hers a certificate code stands for, or null: every completion of hers that is a
 * pass (core/attempts.ts) is tried. Her summary holds what the code is derived from.
 */
export async function matchCertificate(code: string, summary: LearnerSummary, catalogue: readonly ReportModule[]): Promise<CertificateMatch | null> {
  const wanted = normaliseCode(code);
  if (!wanted) return null;
  for (const [moduleId, mod] of Object.entries(summary.modules)) {
    const passingScore = catalogue.find((m) => m.id === moduleId)?.passingScore;
    for (const attempt of attemptsOf(mod)) {
      if (attempt.completedAt === undefined || !attemptPassed(attempt.score, attempt.success, passingScore)) continue;
      const { moduleVersion, completedAt } = attempt;
      if ((await certificateCode({ account: summary.account, moduleId, moduleVersion, completedAt })) === wanted) {
        return { moduleId, moduleVersion, completedAt, ...(attempt.score === undefined ? {} : { score: attempt.score }) };
      }
    }
  }
  return null;
}
