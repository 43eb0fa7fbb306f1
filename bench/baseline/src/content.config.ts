import { defineCollection } from 'astro/content/config';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  blog: defineCollection({
    loader: glob({ pattern: '**/*.md', base: process.env.LISEUSE_CONTENT_DIR ?? 'content' }),
    // Loose on purpose: the baseline only needs what its one layout shows.
    schema: z.looseObject({ title: z.string(), description: z.string(), pubDate: z.coerce.date() }),
  }),
};
