import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pipelineDigest } from '../../../src/markdown/pipeline-digest';
import config from '../../../astro.config.mjs';

describe('pipelineDigest', () => {
  it('changes with the code the pipeline imports (types included) and its lockfile, not with other code', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'liseuse-digest-'));
    const write = (name: string, text: string) => writeFile(join(dir, name), text);
    await write('index.ts', "import { a } from './a.ts';\nexport const b = a;\n");
    await write('a.ts', "import type { T } from './types.ts';\nexport const a: T = 1;\n");
    await write('types.ts', 'export type T = number;\n');
    await write('other.ts', 'export const c = 1;\n');
    await write('lock.json', '{}');
    const digest = () => pipelineDigest(join(dir, 'index.ts'), join(dir, 'lock.json'));
    const first = digest();
    await write('other.ts', 'export const c = 2;\n');
    expect(digest()).toBe(first);
    await write('types.ts', 'export type T = 1 | 2;\n');
    const second = digest();
    expect(second).not.toBe(first);
    await write('lock.json', '{"x":1}');
    expect(digest()).not.toBe(second);
  });

  it('is part of the Astro config Astro compares between builds', () => {
    const processor = config.markdown?.processor as { digest?: string } | undefined;
    expect(processor?.digest).toMatch(/^[0-9a-f]{64}$/);
    // Astro compares the config as JSON, where plugins are functions and vanish.
    expect(JSON.stringify(config.markdown)).toContain(processor!.digest);
  });
});
