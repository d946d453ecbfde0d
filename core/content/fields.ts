import { z } from 'zod';
import { LANGUAGES } from '../i18n';
import { PROFESSIONS } from '../professions';
import { CONTENT_ID_SHAPE, isReservedId } from './id';

/**
 * The fields every part of a module is made of. Every learner-visible string is a `Localized`
 * value that must exist in fr, nl and en: a gap is refused here, so the app never shows a
 * half-translated module.
 */
export const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** Checker messages are for authors, in English. */
const LANGUAGE_NAMES_EN = { fr: 'French', nl: 'Dutch', en: 'English' } as const;

export const localizedSchema = z
  .object(
    Object.fromEntries(
      LANGUAGES.map((lang) => [
        lang,
        z
          .string({ error: `missing ${LANGUAGE_NAMES_EN[lang]} (${lang}) translation` })
          .trim()
          .min(1, {
            error: `empty ${LANGUAGE_NAMES_EN[lang]} (${lang}) translation`,
          }),
      ]),
    ) as Record<(typeof LANGUAGES)[number], z.ZodString>,
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `unknown language ${issue.keys.map((k) => `"${k}"`).join(', ')} (expected ${LANGUAGES.join(', ')})`
          : `expected a text in ${LANGUAGES.join(', ')}`,
    },
  )
  .strict();
export type Localized = z.infer<typeof localizedSchema>;

/** Ids are used in URLs, xAPI activity ids and database keys: keep them plain. */
export const idSchema = z
  .string({ error: 'expected an id' })
  .regex(CONTENT_ID_SHAPE, 'use lower-case letters, digits and single dashes')
  .refine((id) => !isReservedId(id), { error: (issue) => `"${String(issue.input)}" is a reserved word: choose another id` });

/** The file types an image in assets/ may have. */
export const IMAGE_EXTENSIONS = ['svg', 'png', 'jpg', 'jpeg', 'webp'] as const;

/** An image shipped in assets/, named from inside it: `figures/loop.svg`. */
export const imagePathSchema = z
  .string({ error: 'expected the image path, relative to assets/' })
  .regex(
    new RegExp(`^(?:[a-z0-9_-]+/)*[a-z0-9_-]+\\.(?:${IMAGE_EXTENSIONS.join('|')})$`),
    `expected a path inside assets/ such as figures/loop.svg (lower case; ${IMAGE_EXTENSIONS.join(', ')})`,
  );

/** The profession a practice block is written for: the player shows a learner her own first. */
export const professionSchema = z.enum(PROFESSIONS, { error: `expected one of: ${PROFESSIONS.join(', ')}` });

/** A list of per-language items (sentences of an AI output, say) whose lengths may differ by language. */
export function perLanguage<T extends z.ZodType>(item: T) {
  return z.object(Object.fromEntries(LANGUAGES.map((lang) => [lang, item])) as Record<(typeof LANGUAGES)[number], T>).strict();
}
