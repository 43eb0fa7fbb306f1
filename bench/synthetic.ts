/**
 * Synthetic article collections for the benchmark: realistic lengths and frontmatter, text made
 * from the seed's paragraphs, written to a folder it is given (never content/).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const sections = ['International', 'Europe', 'Économie', 'Culture', 'Sciences', 'Société'];
const tags = [
  'Russie',
  'Ukraine',
  'Corée du Nord',
  'Iran',
  'Chine',
  'OTAN',
  'Énergie',
  'Climat',
  'Sanctions',
  'Diplomatie',
];
const kinds = ['news', 'opinion', 'analysis'] as const;
/** A newsroom's long tail of topics: the ten above, then 290 more, few of them busy. */
const allTags = [...tags, ...Array.from({ length: 290 }, (_, i) => `Dossier ${i + 11}`)];
/** Thirty publishers, the first far busier than the last. */
const sources = [
  { name: 'attuale.info', url: 'https://attuale.info/' },
  ...Array.from({ length: 29 }, (_, i) => ({ name: `Éditeur ${i + 2}`, url: `https://editeur-${i + 2}.example/` })),
];

/** A small deterministic generator (mulberry32): the same count gives the same collection. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Write `count` articles into `dir`, each 4 to 12 of the seed's paragraphs, in six sections,
 * under two of 300 topics and from one of 30 publishers, the popular ones far more often.
 */
export async function writeCollection(dir: string, count: number, paragraphs: readonly string[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  const next = random(count);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  // Skewed towards the start of the list, as a newsroom's topics and sources are.
  const popular = <T>(list: readonly T[]) => list[Math.floor(next() ** 2 * list.length)]!;
  for (let i = 0; i < count; i++) {
    const length = 4 + Math.floor(next() * 9);
    const body = Array.from({ length }, () => pick(paragraphs)).join('\n\n');
    const words = pick(paragraphs).split(' ');
    const start = Math.floor(next() * (words.length - 12));
    const title = `${words
      .slice(start, start + 6 + Math.floor(next() * 6))
      .join(' ')
      .replace(/[,.:;]+$/, '')} (${i})`;
    const date = new Date(Date.UTC(2024, 0, 1) + i * 3_600_000 * 7);
    const articleTags = [...new Set([popular(allTags), popular(allTags)])];
    const source = popular(sources);
    await writeFile(
      join(dir, `article-${String(i).padStart(5, '0')}.md`),
      `---
title: ${JSON.stringify(title.charAt(0).toUpperCase() + title.slice(1))}
description: ${JSON.stringify(
        pick(paragraphs)
          .slice(0, 180)
          .replace(/\s+\S*$/, '…'),
      )}
pubDate: "${date.toISOString().replace('.000Z', '+00:00')}"
kind: ${pick(kinds)}
section: ${pick(sections)}
tags: ${JSON.stringify(articleTags)}
source:
  name: ${JSON.stringify(source.name)}
  url: ${source.url}
---

${body}
`,
    );
  }
}
