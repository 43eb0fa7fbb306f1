// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'bench/baseline/', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        // Type information for .ts and the frontmatter of .astro files, from tsconfig.json.
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.astro'],
      },
    },
  },
  {
    // Plain-JS config files have no types to check.
    files: ['**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // In an .astro template, astro-eslint-parser gives every element (`<li>…</li>`) no type, so a
    // `.map((x) => <li>…</li>)` is reported as returning an unsafe `error` value. The frontmatter
    // keeps every other type-checked rule.
    files: ['**/*.astro'],
    rules: { '@typescript-eslint/no-unsafe-return': 'off' },
    // astro-eslint-parser has no project service; it reads tsconfig.json itself.
    languageOptions: { parserOptions: { projectService: false, project: true } },
  },
  {
    // The service worker is plain JS served as written; its JSDoc types are checked by tsc (@ts-check).
    files: ['public/sw.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { ...globals.serviceworker } },
  },
  // Formatting is Prettier's job: turn off the rules it would fight.
  prettier,
);
