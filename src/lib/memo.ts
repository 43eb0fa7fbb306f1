/**
 * `values`' entry for `key`, computed the first time it is asked for and kept: for work a build
 * repeats on many pages with the same input (formatting a date, typesetting a title). The Markdown
 * workers run it through french-typography.ts, with Node's type stripping: it imports nothing.
 */
export function memo<K, V>(values: Map<K, V>, key: K, compute: () => V): V {
  const value = values.get(key);
  if (value !== undefined || values.has(key)) return value as V;
  const computed = compute();
  values.set(key, computed);
  return computed;
}
