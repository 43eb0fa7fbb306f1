import { describe, expect, it } from 'vitest';
import { scriptSafeJson } from '../../../src/lib/script-json';

describe('scriptSafeJson', () => {
  it.each([['</script><script>alert(1)</script>'], ['<!-- comment'], ['a & b > c'], ['line\u2028separator\u2029']])(
    'keeps %j out of the HTML parser’s reach and parses back to the same value',
    (text) => {
      const json = scriptSafeJson({ text });
      expect(json).not.toMatch(/[<>&\u2028\u2029]/);
      expect(JSON.parse(json)).toEqual({ text });
    },
  );

  it('is JSON.stringify for harmless values', () => {
    const value = { a: [1, 'é « » ’'], b: null };
    expect(scriptSafeJson(value)).toBe(JSON.stringify(value));
  });
});
