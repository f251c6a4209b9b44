/**
 * Content collections. A wrong or missing frontmatter field fails the build
 * with Astro's message, which names the entry (file) and the field.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { HASH_PATTERN } from './lib/translation';

/** An enhanced status code ("4.4.316") or "other" for the other-codes guide. */
const code = z
  .string()
  .regex(/^(?:[245]\.\d{1,3}\.\d{1,3}|other)$/, 'must be an enhanced status code such as "4.4.316", or "other"');

/** A Microsoft Learn article a page follows: its English title, verbatim, and its address. */
const source = z
  .object({
    title: z.string().min(5, 'must be the article title as Microsoft Learn prints it'),
    url: z.string().regex(/^https:\/\/learn\.microsoft\.com\/[a-z]{2}-[a-z]{2}\/\S+$/, 'must be a https://learn.microsoft.com/<locale>/… address'),
  })
  .strict();

/**
 * Translation freshness (pl/tr only): the content hash of the English file the
 * page was translated from; `npm run translation-hash -- errors/<slug>` prints it.
 */
const translatedFrom = z.string().regex(HASH_PATTERN, 'must be the 12-hex-digit hash printed by `npm run translation-hash -- <section>/<name>`');

const errors = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/errors' }),
  schema: z
    .object({
      code,
      title: z.string().min(3, 'must be the short title of the guide'),
      errorText: z
        .string()
        .regex(/^\d{3} [245]\.\d{1,3}\.\d{1,3} \S/, 'must be the verbatim English text, e.g. "450 4.4.316 Connection refused"')
        .optional(),
      description: z.string().min(50, 'must be at least 50 characters').max(170, 'must be at most 170 characters'),
      summary: z.string().min(10).max(140, 'must be at most 140 characters'),
      related: z.array(code).default([]),
      lastReviewed: z.coerce.date(),
      order: z.number().int().positive(),
      keywords: z.array(z.string().min(1)).min(3, 'needs at least 3 search keywords'),
      // Declared once per guide, in the English file only (the tests check every locale against them):
      /** The expiry (NDR) form(s) of the code, verbatim service English, e.g. "550 5.4.316 Message expired, connection refused(Socket error code 10061)". */
      ndrForms: z.array(z.string().min(5)).min(1).optional(),
      /** The real `Message` tokens of the code, verbatim service English ("InfoNoRecords", "SuspiciousRemoteServerError"). */
      tokens: z.array(z.string().min(3)).min(1).optional(),
      /** Microsoft Learn articles the guide follows; rendered as "Sources" in every locale. */
      sources: z.array(source).min(1).optional(),
      translatedFrom: translatedFrom.optional(),
    })
    .strict()
    .superRefine((data, ctx) => {
      if (data.code !== 'other' && !data.errorText) {
        ctx.addIssue({ code: 'custom', path: ['errorText'], message: 'is required for every code except "other"' });
      }
      if (data.errorText && !data.errorText.includes(` ${data.code} `)) {
        ctx.addIssue({ code: 'custom', path: ['errorText'], message: `must contain the code ${data.code}` });
      }
    }),
});

const pages = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/pages' }),
  schema: z
    .object({
      title: z.string().min(3),
      description: z.string().min(50).max(170),
      lastReviewed: z.coerce.date(),
      sources: z.array(source).min(1).optional(),
      translatedFrom: translatedFrom.optional(),
    })
    .strict(),
});

export const collections = { errors, pages };
