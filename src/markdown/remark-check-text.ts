import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { bodyLineOffset, failAt } from './source-lines.ts';

/** C0 and C1 control characters other than tab, line feed and carriage return. */
// eslint-disable-next-line no-control-regex -- control characters are what this finds
export const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;

/** A character as an editor can look it up, e.g. "U+0007". */
export const codePoint = (character: string) =>
  `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Refuse an article body that would publish wrong or empty: text that was not UTF-8 (decoded as
 * U+FFFD), control characters (invisible, and invalid in HTML), or no text at all. The build
 * stops with the file, line and column, rather than publishing a page the editor never meant.
 */
export function remarkCheckText() {
  return (tree: Root, file: VFile) => {
    const text = String(file.value);
    const fail = (reason: string, index: number) => {
      const before = text.slice(0, index).split('\n');
      const place = { line: bodyLineOffset(file) + before.length, column: before.at(-1)!.length + 1 };
      failAt(file, place, reason);
    };
    const replacement = text.indexOf('\ufffd');
    if (replacement >= 0) fail('the file is not valid UTF-8 (U+FFFD found): save it as UTF-8', replacement);
    const control = CONTROL.exec(text);
    if (control) fail(`control character ${codePoint(control[0])} in the text: delete it`, control.index);
    if (tree.children.length === 0) fail('the article has no text: paste the publisher’s paragraphs', 0);
  };
}
