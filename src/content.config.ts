/**
 * Content collections. A wrong or missing frontmatter field fails the build
 * with Astro's message, which names the entry (file) and the field.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** An enhanced status code ("4.4.316") or "other" for the other-codes guide. */
const code = z
  .string()
  .regex(/^(?:[245]\.\d{1,3}\.\d{1,3}|other)$/, 'must be an enhanced status code such as "4.4.316", or "other"');

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
    })
    .strict(),
});

export const collections = { errors, pages };
