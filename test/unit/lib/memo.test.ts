import { describe, expect, it } from 'vitest';
import { memo } from '../../../src/lib/memo';

describe('memo', () => {
  it('computes each key once and gives back what it kept', () => {
    const values = new Map<string, string>();
    const calls: string[] = [];
    const upper = (text: string) =>
      memo(values, text, () => {
        calls.push(text);
        return text.toUpperCase();
      });
    expect([upper('a'), upper('b'), upper('a'), upper('b')]).toEqual(['A', 'B', 'A', 'B']);
    expect(calls).toEqual(['a', 'b']);
  });

  it('keeps a result that is undefined too, rather than computing it again', () => {
    const values = new Map<string, undefined>();
    let calls = 0;
    const nothing = () => memo(values, 'key', () => void calls++);
    nothing();
    nothing();
    expect(calls).toBe(1);
  });
});
