import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// Astro's own config validation, which its package does not export: what a build compares.
import { validateConfig } from '../../../node_modules/astro/dist/core/config/validate.js';
import { pipelineDigest } from '../../../src/markdown/pipeline-digest';
import config from '../../../astro.config.mjs';

describe('pipelineDigest', () => {
  it('changes with the code the pipeline imports (types included), its lockfile and patches, not with other code', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'liseuse-digest-'));
    const write = (name: string, text: string) => writeFile(join(dir, name), text);
    await mkdir(join(dir, 'patches'));
    await write(
      'index.ts',
      "// See './gone.ts', a file that is no more.\nimport { a } from './a.ts';\nexport const b = a;\n",
    );
    await write('a.ts', "import type { T } from './types.ts';\nexport const a: T = 1;\n");
    await write('types.ts', 'export type T = number;\n');
    await write('other.ts', 'export const c = 1;\n');
    await write('lock.json', '{}');
    const digest = () => pipelineDigest(join(dir, 'index.ts'), [join(dir, 'lock.json'), join(dir, 'patches')]);
    const digests = [digest()];
    await write('other.ts', 'export const c = 2;\n');
    expect(digest()).toBe(digests[0]);
    await write('types.ts', 'export type T = 1 | 2;\n');
    digests.push(digest());
    await write('lock.json', '{"x":1}');
    digests.push(digest());
    await write('patches/lib+1.0.0.patch', '+ a fix');
    digests.push(digest());
    expect(new Set(digests).size).toBe(4);
  });

  it('is part of the config Astro compares between builds, once Astro has validated it', async () => {
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const validated = await validateConfig(config, root, 'build');
    // What content sync compares: the config without these three (astro/dist/content/content-layer.js).
    const compared: Record<string, unknown> = { ...validated };
    for (const key of ['vite', 'integrations', 'adapter']) delete compared[key];
    const digest = (validated.markdown.processor?.options as { pipelineDigest?: string } | undefined)?.pipelineDigest;
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(compared)).toContain(digest);
  });
});
