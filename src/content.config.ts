/**
 * The `articles` collection: where articles live and what their frontmatter may say.
 * Every type that describes an article derives from this schema (see `Article` below).
 */
// Not 'astro:content': that virtual module exists only inside Vite, and scripts/ import this schema under plain Node.
import { defineCollection, type SchemaContext } from 'astro/content/config';
import type { CollectionEntry } from 'astro:content';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentEntryType } from 'astro';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { storeWithHtmlApart } from './article-html';
import { z } from 'astro/zod';
import { aliasProblem } from './lib/aliases';
import { slugify } from './lib/slug';
import { site } from './site';

const EXAMPLE_DATE_TIME = '"2026-11-25T07:00:00+01:00"';

/** The earliest year a date of an article may have: earlier is a typo ("0026"). */
const FIRST_YEAR = 1900;

/**
 * A moment with an explicit UTC offset. YAML turns an unquoted date into a `Date` after
 * silently assuming UTC, so the value must be a quoted string: that is the only way to know
 * the editor meant a time zone.
 */
const zonedDateTime = z
  .unknown()
  .superRefine((value, ctx) => {
    if (value instanceof Date) {
      ctx.addIssue({
        code: 'custom',
        message: `quote the date and give its UTC offset, e.g. ${EXAMPLE_DATE_TIME} (an unquoted YAML date loses its time zone)`,
      });
    } else if (typeof value !== 'string' || !z.iso.datetime({ offset: true }).safeParse(value).success) {
      ctx.addIssue({
        code: 'custom',
        message: `expected an ISO 8601 date-time with a UTC offset, e.g. ${EXAMPLE_DATE_TIME}; got ${JSON.stringify(value) ?? 'nothing'}`,
      });
    } else if (Number(value.slice(0, 4)) < FIRST_YEAR) {
      // "0026" for "2026" is a valid date-time, but no press article's, and it printed wrong.
      ctx.addIssue({
        code: 'custom',
        message: `the year ${value.slice(0, 4)} is before ${FIRST_YEAR}: check it, e.g. ${EXAMPLE_DATE_TIME}; got ${JSON.stringify(value)}`,
      });
    }
  })
  .transform((value) => new Date(value as string));

/** A calendar day (`2023-09-13`), quoted or not: a day needs no time zone. */
const calendarDateError = (issue: { input: unknown }) =>
  `expected a calendar date such as 2023-09-13; got ${JSON.stringify(issue.input) ?? 'nothing'}`;
const calendarDate = z
  .union([z.iso.date({ error: calendarDateError }), z.date()], { error: calendarDateError })
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .refine((day) => Number(day.slice(0, 4)) >= FIRST_YEAR, {
    error: (issue) =>
      `the year ${String(issue.input).slice(0, 4)} is before ${FIRST_YEAR}: check it; got "${String(issue.input)}"`,
  });

/** A BCP 47 language tag such as `fr`, `en` or `pt-BR`. */
const languageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, {
  error: (issue) => `expected a language tag such as "fr" or "en"; got ${JSON.stringify(issue.input)}`,
});

/** An error message for an editor: what the field expects, and what it got instead. */
const expected =
  (what: string) =>
  ({ input }: { input: unknown }): string =>
    input === undefined ? `is required: ${what}` : `expected ${what}; got ${JSON.stringify(input)}`;

/** A nested group of fields (source, dateline) whose unknown keys are errors too. */
function group<Shape extends z.ZodRawShape>(what: string, shape: Shape) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field ${issue.keys.map((key) => JSON.stringify(key)).join(', ')}; allowed fields are ${Object.keys(shape).join(', ')}`
        : expected(what)(issue),
  });
}

const nonEmpty = z
  .string({ error: expected('text') })
  .trim()
  .min(1, 'must not be empty')
  // Control characters are invisible and invalid in HTML; U+FFFD is what a non-UTF-8 file becomes.
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  .regex(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]*$/u, {
    error: 'contains a control character or a character that is not UTF-8: retype it',
  });

/** A correction's text: short Markdown. Raw HTML is refused rather than sanitised, so what the editor wrote is what readers see. */
const correctionText = nonEmpty
  .max(500, 'must be 500 characters or fewer: say what was wrong and what is right')
  .refine((text) => !/<[a-zA-Z!/?]/.test(text), {
    error: 'must not contain HTML: write Markdown (*italics*, **bold**, [a link](https://…))',
  });

/**
 * Where a picture may be: a JPEG, PNG, WebP or AVIF file in the article's own folder, written
 * `./name.jpg`. Checked on the text alone, before anything is read: no other folder (no `..`, no
 * absolute path), no remote URL, no SVG (it can carry scripts). The file itself is checked when
 * the article renders (src/markdown/remark-pictures.ts).
 */
export const picturePath = z
  .string({ error: expected('a picture file beside the article, e.g. "./photo.jpg"') })
  .regex(/^\.\/(?!.*(?:^|\/)\.\.?(?:\/|$))[^\\:*?"<>|]+\.(?:jpe?g|png|webp|avif)$/i, {
    error: (issue) =>
      `expected a JPEG, PNG, WebP or AVIF file in the article's folder, written like "./photo.jpg"; got ${JSON.stringify(issue.input)}`,
  });

/** A picture's words: alt text for those who cannot see it, caption, and who took it. */
const pictureText = {
  /** What the picture shows, for readers who cannot see it. */
  alt: nonEmpty.max(300, 'must be 300 characters or fewer: describe what matters'),
  /** What the picture is about, shown under it. Default: none. */
  caption: nonEmpty.max(300, 'must be 300 characters or fewer').optional(),
  /** Who took the picture (and for whom), shown as "Photo : …". */
  credit: nonEmpty.max(120, 'must be 120 characters or fewer'),
};

/**
 * A section or tag name: it becomes an address (/rubriques/…, /tags/…) and an attribute in the
 * Atom feed, so it needs a Latin letter or a digit to slugify (addresses are ASCII, see
 * src/lib/slug.ts), and no `<` or `>`, which are markup.
 */
const listingName = nonEmpty
  .regex(/^[^<>]*$/, 'must not contain < or >: it is a name, not markup')
  .refine((name) => slugify(name) !== '', {
    error: (issue) =>
      `needs a Latin letter (accented or not) or a digit to make its address; got ${JSON.stringify(issue.input)}`,
  });

/** The kinds of journalism an article can be; `npm run new` offers the same list. */
export const ARTICLE_KINDS = ['opinion', 'news', 'analysis'] as const;

const articleFields = {
  /** Headline, in the language of the article. Shown as the page's h1 and in link previews. */
  title: nonEmpty.max(110, 'must be 110 characters or fewer, so it fits in link previews'),
  /** Dek: one or two sentences that say what the article is about. Used as the meta description. */
  description: nonEmpty.max(300, 'must be 300 characters or fewer'),
  /** When liseuse published the article, e.g. "2026-11-25T07:00:00+01:00". */
  pubDate: zonedDateTime,
  /**
   * When the article was last updated; never before `pubDate` nor before a correction. Default:
   * the latest correction's date, if any.
   */
  updatedDate: zonedDateTime.optional(),
  /** Corrections made after publication, each with when it was made and what changed. Default: none. */
  corrections: z
    .array(
      group('a date and a text', {
        /** When the correction was made, e.g. "2026-11-26T09:00:00+01:00"; never before `pubDate`. */
        date: zonedDateTime,
        /** What was wrong and what is right now, in a sentence or two of Markdown without HTML. */
        text: correctionText,
      }),
      { error: expected('a list of corrections, each with a date and a text') },
    )
    .default([]),
  /** Language of the text. Default: "fr". */
  lang: languageTag.default('fr'),
  /** What kind of journalism this is; sets the kicker and the structured-data type. */
  kind: z.enum(ARTICLE_KINDS, {
    error: expected(
      ARTICLE_KINDS.map((kind) => `"${kind}"`)
        .join(', ')
        .replace(/, (?=[^,]*$)/, ' or '),
    ),
  }),
  /** Section (rubrique) the article belongs to, e.g. "International". */
  section: listingName,
  /** Topics, e.g. ["Russie", "Corée du Nord"]. Default: none. */
  tags: z.array(listingName, { error: expected('a list such as [Russie, Ukraine]') }).default([]),
  /** When and where the reported events took place, when the text alone does not say. */
  dateline: group('a date and an optional place', {
    /** Day of the events, e.g. 2023-09-13. */
    date: calendarDate,
    /** Place of the events, e.g. "cosmodrome de Vostochny (Russie)". */
    place: nonEmpty.optional(),
  }).optional(),
  /** Who wrote and first published the text. Required: liseuse republishes, it never claims. */
  source: group("the publisher's name and https:// url", {
    /** Publisher's name as it presents itself, e.g. "attuale.info". */
    name: nonEmpty,
    /** Publisher's page for this text, or its home page when the exact page is unknown. */
    url: z.url({ protocol: /^https$/, error: expected('an https:// URL') }),
    /** Language the publisher published the text in. Default: the article's `lang`. */
    lang: languageTag.optional(),
    /** When the publisher first published it. Leave it out when unknown rather than guess. */
    published: calendarDate.optional(),
  }),
  /** Author's name, only when the publisher names one. Never invent a byline. */
  author: nonEmpty.optional(),
  /**
   * The article's former addresses, e.g. ["/articles/ancien-titre/"], after its file was renamed:
   * each answers a permanent redirect to the article (src/lib/aliases.ts). Default: none.
   */
  aliases: z
    .array(
      z.string({ error: expected('a path such as "/articles/ancien-titre/"') }).superRefine((path, ctx) => {
        const problem = aliasProblem(path);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
      { error: expected('a list of former addresses such as ["/articles/ancien-titre/"]') },
    )
    .default([]),
  /**
   * The article is withdrawn (a publisher's request, a court order, a text that should never have
   * been republished): its address and aliases answer 410 Gone with a page saying when and why,
   * and it leaves every listing, feed, sitemap, the search and the preview cards. The file stays
   * in the collection, so nothing is lost and the decision can be undone. Default: not withdrawn.
   */
  withdrawn: group('a date and a reason (showTitle is optional)', {
    /** When the article was withdrawn, e.g. "2026-12-01T09:00:00+01:00"; never before `pubDate`. */
    date: zonedDateTime,
    /** Why, in a sentence or two of plain French for readers, e.g. "À la demande de l’éditeur." */
    reason: nonEmpty
      .max(500, 'must be 500 characters or fewer: say briefly why the article was withdrawn')
      .refine((text) => !/<[a-zA-Z!/?]/.test(text), { error: 'must not contain HTML: write plain text' }),
    /**
     * Whether the withdrawal page still shows the article's title. Default: false, the safer
     * choice: a text withdrawn for legal reasons (defamation, privacy, a publisher's rights) may
     * have its title as the very problem, so the editor shows it only when they know it is not.
     */
    showTitle: z.boolean({ error: expected('true or false') }).default(false),
  }).optional(),
  /** Drafts show in `npm run dev` and never reach the built site. Default: false. */
  draft: z.boolean({ error: expected('true or false') }).default(false),
};

/** The latest of `dates`, or undefined when there is none. */
function latest(dates: readonly Date[]): Date | undefined {
  return dates.reduce<Date | undefined>((max, date) => (max === undefined || date > max ? date : max), undefined);
}

/**
 * Each correction comes after publication, and an explicit updatedDate after every correction:
 * a page must never say it was last updated before it was corrected.
 */
function checkCorrectionDates(data: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const { pubDate, updatedDate, corrections } = data;
  if (!Array.isArray(corrections)) return;
  corrections.forEach((correction: unknown, index) => {
    const date = (correction as { date?: unknown } | null)?.date;
    if (!(date instanceof Date) || Number.isNaN(date.getTime())) return;
    const path = ['corrections', index, 'date'];
    if (pubDate instanceof Date && date < pubDate) {
      ctx.addIssue({ code: 'custom', path, message: 'must not be earlier than pubDate' });
    } else if (updatedDate instanceof Date && date > updatedDate) {
      ctx.addIssue({
        code: 'custom',
        path,
        message:
          'is later than updatedDate: a correction is an update, so set updatedDate to this date or later, or remove updatedDate to use the latest correction date',
      });
    }
  });
}

/**
 * The article schema, with `src` as the lead picture's path schema: Astro's `image()` for the
 * build, which turns the path into image metadata; the plain path for the editor's scripts.
 * Unknown keys are errors, not silently dropped: a misspelt `updateDate` must not vanish. The
 * object is loose only so the check can see those keys; both checks run even when other fields
 * fail (`when`), so an editor sees every problem at once.
 */
function articleSchemaWith<Src extends z.ZodType<unknown, string>>(src: Src) {
  const fields = {
    ...articleFields,
    /**
     * The lead picture, shown above the text and in link previews: a file at least 1200 px wide
     * in the article's folder, with alt text, an optional caption and a credit. Default: none
     * (the generated preview card is used).
     */
    image: group('a picture with src, alt and credit (caption is optional)', { src, ...pictureText }).optional(),
  };
  return (
    z
      .looseObject(fields)
      .check(
        z.superRefine(
          (data, ctx) => {
            for (const key of Object.keys(data).filter((key) => !Object.hasOwn(fields, key))) {
              ctx.addIssue({
                code: 'custom',
                path: [key],
                message: `unknown field; allowed fields are ${Object.keys(fields).join(', ')}`,
              });
            }
          },
          { when: () => true },
        ),
      )
      .refine(
        ({ pubDate, updatedDate }) =>
          !(pubDate instanceof Date && updatedDate instanceof Date && updatedDate < pubDate),
        { path: ['updatedDate'], message: 'must not be earlier than pubDate', when: () => true },
      )
      .check(z.superRefine(checkCorrectionDates, { when: () => true }))
      .refine(
        ({ pubDate, withdrawn }) =>
          !(pubDate instanceof Date && withdrawn?.date instanceof Date && withdrawn.date < pubDate),
        { path: ['withdrawn', 'date'], message: 'must not be earlier than pubDate', when: () => true },
      )
      // Valid data has no other keys; the type says so. A correction is an update: without an
      // updatedDate, the latest correction's date is the article's.
      .transform((data): z.output<z.ZodObject<typeof fields>> => ({
        ...data,
        updatedDate: data.updatedDate ?? latest(data.corrections.map(({ date }) => date)),
      }))
  );
}

/** The article schema as the editor's scripts check it: the lead picture's `src` stays a path. */
export const articleSchema = articleSchemaWith(picturePath);

/**
 * The articles, read by Astro's glob loader, with their HTML kept apart from the data store
 * (src/article-html.ts), and two rules of its own in a build:
 * - The loader logs an article that cannot be read or rendered (no text, a control character, a
 *   missing image…) and goes on without its HTML, so the build later dies on another page with an
 *   error about something else. That logged error is the article's own message: stop there, so
 *   it is the last thing the editor reads.
 * - Two files at one address stop the build. Astro's own check misses them when they are
 *   rendered at the same time (src/markdown/render-pool.ts renders on several threads), and
 *   lets two identical files through.
 * `astro dev` (which has a watcher) keeps Astro's behaviour, so one bad save or a renamed file
 * does not stop the preview.
 */
function articlesLoader(): Loader {
  const loader = (generateId: typeof articleId) =>
    glob({ pattern: ARTICLE_PATTERN, base: site.contentDir, generateId, retainBody: false });
  return {
    ...loader(articleId),
    load: async (context) => {
      const apart = storeWithHtmlApart(context.store);
      const load = context.watcher ? loader(articleId).load : strictLoad(loader);
      await load({ ...context, store: apart.store });
      if (!context.watcher) apart.prune();
    },
  };
}

/** The loader with the build's two rules above. */
function strictLoad(loader: (generateId: typeof articleId) => Loader): Loader['load'] {
  return (context) => {
    const files = new Map<string, string>();
    const uniqueId = (options: { entry: string }) => {
      const id = articleId(options);
      const other = files.get(id);
      if (other !== undefined && other !== options.entry) {
        throw new Error(`${options.entry}: ${duplicateSlug(id, other)}`);
      }
      files.set(id, options.entry);
      return id;
    };
    const logger = Object.create(context.logger) as typeof context.logger;
    logger.error = (message: string) => {
      // The message is the editor's; a stack trace into this file would only distract.
      throw Object.assign(new Error(message), { stack: '' });
    };
    const entryTypes = skippingUnchanged(context as GlobContext);
    return loader(uniqueId).load({ ...context, logger, entryTypes } as GlobContext);
  };
}

/** What Astro gives a loader, with the entry types it gives the glob loader without declaring them (7.3.5). */
export type GlobContext = LoaderContext & { entryTypes: Map<string, ContentEntryType> };

/**
 * The entry types, Markdown's reading no frontmatter of a file the store already holds as it is.
 * Astro's glob loader reads every file's frontmatter (YAML) before it compares digests, to give
 * the file's data to `generateId`; liseuse's ids come from file names alone (`articleId`), so the
 * loader then finds the entry unchanged and keeps it, and what this returns for it is never read.
 * Reading the frontmatter of 10,000 unchanged files took 0.2 to 0.3 s of each publish.
 */
export function skippingUnchanged(context: GlobContext): GlobContext['entryTypes'] {
  const markdown = context.entryTypes.get('.md')!;
  const stored = new Map([...context.store.values()].map((entry) => [entry.filePath, entry.digest]));
  const root = fileURLToPath(context.config.root);
  const unchanged = ({ contents, fileUrl }: Parameters<ContentEntryType['getEntryInfo']>[0]) => {
    const digest = stored.get(relative(root, fileURLToPath(fileUrl)).split(sep).join('/'));
    return digest !== undefined && digest === context.generateDigest(contents);
  };
  return new Map([
    ...context.entryTypes,
    [
      '.md',
      {
        ...markdown,
        getEntryInfo: (file) =>
          unchanged(file) ? { data: {}, body: '', rawData: '', slug: '' } : markdown.getEntryInfo(file),
      },
    ],
  ]);
}

/** The files of the collection, relative to `site.contentDir`: `_`-prefixed files are set aside. */
export const ARTICLE_PATTERN = '**/[^_]*.md';

/** What the build and `npm run check:content` say of a file whose address `first` already has. */
export function duplicateSlug(id: string, first: string): string {
  return `duplicate slug "${id}": ${first} already has it, and only one of them would be published; rename one file`;
}

/**
 * An article's id, which is its address (/articles/<id>/): its file name without `.md` (or its
 * folder's, for `<name>/index.md`), in lowercase ASCII words (src/lib/slug.ts), so shared links
 * need no percent-encoding. Written here rather than left to Astro's default, so that
 * `npm run new` and `npm run check:content` (scripts/lib/collection.ts) use the very same rule.
 */
export function articleId({ entry }: { entry: string }): string {
  const segments = entry
    .replace(/\.md$/i, '')
    .replace(/(^|\/)index$/, '')
    .split('/');
  const id = segments.map((segment) => slugify(segment, Infinity)).join('/');
  if (segments.some((segment) => slugify(segment, Infinity) === '')) {
    throw new Error(`${entry}: the file name needs a letter or a digit: it is the article's address`);
  }
  return id;
}

export const collections = {
  articles: defineCollection({
    loader: articlesLoader(),
    schema: ({ image }: SchemaContext) =>
      // image() declares image metadata as its output but, for the glob loader, takes the path
      // string as input: the cast says what it really accepts.
      articleSchemaWith(picturePath.pipe(image() as unknown as z.ZodType<z.output<ReturnType<typeof image>>, string>)),
  }),
};

/** An article as the pages receive it. */
export type Article = CollectionEntry<'articles'>;
