/** Section and tag names become addresses and feed attributes: the schema refuses those that cannot. */
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../src/content.config';

const valid = {
  title: 'Un titre',
  description: 'Une description.',
  pubDate: '2026-11-20T08:00:00+01:00',
  kind: 'news',
  section: 'Europe',
  source: { name: 'exemple.info', url: 'https://exemple.info/' },
};

/** The editor's messages for `data`, as "path: message" lines. */
function problems(data: Record<string, unknown>): string[] {
  const result = articleSchema.safeParse({ ...valid, ...data });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('section and tag names', () => {
  it.each([
    ['tags', ['Russie', '<3'], 'tags.1: must not contain < or >: it is a name, not markup'],
    ['tags', ['a<b'], 'tags.0: must not contain < or >: it is a name, not markup'],
    ['tags', ['!!!'], 'tags.0: needs a Latin letter (accented or not) or a digit to make its address; got "!!!"'],
    ['section', '« »', 'section: needs a Latin letter (accented or not) or a digit to make its address; got "« »"'],
    ['section', 'עברית', 'section: needs a Latin letter (accented or not) or a digit to make its address; got "עברית"'],
  ])('refuse %s %j, naming the field', (field, value, message) => {
    expect(problems({ [field]: value })).toEqual([message]);
  });

  it('give every reason at once', () => {
    expect(problems({ tags: [']]>'] })).toEqual([
      'tags.0: must not contain < or >: it is a name, not markup',
      'tags.0: needs a Latin letter (accented or not) or a digit to make its address; got "]]>"',
    ]);
  });

  it.each([['R&D'], ['"Guillemets"'], ['l’été'], ['Fête 🎉'], ['Israël עברית'], ['Corée du Nord']])(
    'accept %j',
    (name) => {
      expect(problems({ section: name, tags: [name] })).toEqual([]);
    },
  );
});
