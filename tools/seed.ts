/** The seed article as the publisher handed it over: seven paragraphs, then a `Source:` line. */
import { readFileSync } from 'node:fs';
import { seedFile } from './paths.ts';

const lines = readFileSync(seedFile, 'utf8').split('\n');

/** The publisher's paragraphs, in order, exactly as written. */
export const seedParagraphs: string[] = lines.filter((line) => line.trim() && !line.startsWith('Source:'));
/** The publisher named on the last line. */
export const seedSource: string = lines
  .find((line) => line.startsWith('Source:'))!
  .replace('Source:', '')
  .trim();
