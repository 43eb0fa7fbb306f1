import { describe, expect, it } from 'vitest';
import { yamlString } from '../../../src/lib/frontmatter-yaml';

describe('yamlString', () => {
  it.each([
    ['International', 'International'],
    ['Corée du Nord', 'Corée du Nord'],
    ["Côte d'Ivoire", "Côte d'Ivoire"],
    ['https://attuale.info/', 'https://attuale.info/'],
    ['a: b', '"a: b"'],
    ['true', '"true"'],
    ['No', '"No"'],
    ['2026', '"2026"'],
    ['a, b', '"a, b"'],
    ['"cité"', '"\\"cité\\""'],
  ])('writes %j as %s', (value, yaml) => {
    expect(yamlString(value)).toBe(yaml);
  });
});
