import { readFileSync } from 'node:fs';
import type { Image, ImageReference, Paragraph, Parents, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { checkPictureFile, LEAD_MIN_WIDTH } from './picture-file.ts';
import { bodyLineOffset, sourceName } from './source-lines.ts';

/** `Légende. Photo : Nom / Agence` or `Photo : Nom`: the credit follows the last "Photo :". */
const TITLE = /^(?:([\s\S]*\S)\s+)?Photo\s*:\s*(\S[\s\S]*)$/u;

const SYNTAX = '![what the picture shows](./photo.jpg "Caption. Photo : Name / Agency")';

/** A URL with a scheme (https:, data:…), site-absolute (/…) or a fragment: not a file beside the article. */
const NOT_A_FILE = /^(?:[a-z][a-z0-9+.-]*:|\/|#)/i;

/** A body picture's caption and credit, read from its Markdown title. */
export function parsePictureTitle(title: string | null | undefined): { caption?: string; credit?: string } {
  const match = TITLE.exec(title?.trim() ?? '');
  if (!match) return { caption: title?.trim() || undefined };
  return { caption: match[1]?.trim(), credit: match[2]!.trim() };
}

/**
 * Pictures, checked and given their caption and credit. A picture in the text is written
 * `![alt](./photo.jpg "Caption. Photo : Credit")` alone in its paragraph, and becomes
 * `<figure><img alt><figcaption>Caption <small>Photo : Credit</small></figcaption></figure>`.
 * The build stops, naming the file, the line and the picture, when a picture is not a file in
 * the article's folder (missing, or a path such as `../../etc/passwd`, never read), is not a JPEG,
 * PNG, WebP or AVIF image, or is too large (all judged by checkPictureFile, the one place a picture
 * file is checked), or has no alt text or no credit. Remote and site-absolute images are the
 * sanitiser's: it removes them and says so. The lead picture of the frontmatter (`image.src`) is
 * checked the same way, and must be at least 1200 px wide.
 */
export function remarkPictures() {
  return async (tree: Root, file: VFile) => {
    const offset = bodyLineOffset(file);
    // The message starts with file:line:col, as the build prints it (see remark-check-text.ts).
    const failAt = (reason: string, line: number, column: number): never =>
      file.fail(`${sourceName(file)}:${line}:${column}: ${reason}`, { line, column });
    const fail = (reason: string, line: number, column = 1): never => failAt(reason, offset + line, column);

    const lead = (file.data.astro?.frontmatter as { image?: { src?: unknown } } | undefined)?.image?.src;
    if (typeof lead === 'string' && file.path) {
      // The schema has already refused paths outside the folder; the file is judged here.
      const checked = await checkPictureFile(lead.replace(/^__ASTRO_IMAGE_/, ''), file.path, {
        minWidth: LEAD_MIN_WIDTH,
      });
      if ('problem' in checked) {
        failAt(`image.src: ${checked.problem}`, frontmatterLine(file.path, lead), 1);
      }
    }

    // Collected first, judged in the text's order: the file check is asynchronous.
    const images: Array<{ node: Image | ImageReference; parent: Parents | undefined }> = [];
    visit(tree, (node, _index, parent) => {
      // Remote, `data:` and site-absolute images are not pictures of the article: the sanitiser
      // removes them (no hotlinking, no tracking pixels) and says so, with the line.
      if (node.type === 'imageReference' || (node.type === 'image' && !NOT_A_FILE.test(node.url))) {
        images.push({ node, parent });
      }
    });

    const figures: Array<{ paragraph: Paragraph; src: string; alt: string; caption?: string; credit: string }> = [];
    for (const { node, parent } of images) {
      const [line, column] = place(node);
      if (node.type === 'imageReference') {
        return fail(`write the picture "${node.alt ?? ''}" inline: ${SYNTAX}`, line, column);
      }
      // The file first: a picture that is missing or outside the folder is the first thing to fix.
      if (file.path) {
        const checked = await checkPictureFile(node.url, file.path);
        if ('problem' in checked) fail(checked.problem, line, column);
      }
      const name = JSON.stringify(node.url);
      const alone =
        parent?.type === 'paragraph' &&
        parent.children.every((child) => child === node || (child.type === 'text' && child.value.trim() === ''));
      if (!alone) {
        fail(`the picture ${name} must stand alone in its paragraph, with a blank line before and after`, line, column);
      }
      if (!node.alt?.trim()) {
        fail(`the picture ${name} has no alt text: describe what it shows, ${SYNTAX}`, line, column);
      }
      const { caption, credit } = parsePictureTitle(node.title);
      if (!credit) {
        fail(`the picture ${name} has no credit: end its title with "Photo : Name", ${SYNTAX}`, line, column);
      }
      figures.push({ paragraph: parent as Paragraph, src: node.url, alt: node.alt!.trim(), caption, credit: credit! });
    }

    for (const { paragraph, src, alt, caption, credit } of figures) {
      // The image stays an mdast image, so Astro collects it for its image pipeline.
      paragraph.data = { hName: 'figure' };
      paragraph.children = [
        { type: 'image', url: src, alt, position: paragraph.position },
        {
          // Any phrasing node would do: `hName` and `hChildren` make it the <figcaption>.
          type: 'emphasis',
          children: [],
          data: {
            hName: 'figcaption',
            hChildren: [
              ...(caption ? [{ type: 'text' as const, value: `${caption} ` }] : []),
              {
                type: 'element',
                tagName: 'small',
                properties: {},
                children: [{ type: 'text', value: `Photo : ${credit}` }],
              },
            ],
          },
        },
      ];
    }
  };
}

/** Where a node starts in the Markdown body: line and column. */
function place(node: { position?: { start: { line: number; column: number } } }): [number, number] {
  return [node.position?.start.line ?? 1, node.position?.start.column ?? 1];
}

/** Line of the article file where `value` is written (the lead picture's path), or 1. */
function frontmatterLine(path: string, value: string): number {
  try {
    const index = readFileSync(path, 'utf8')
      .split('\n')
      .findIndex((line) => line.includes(value));
    return index + 1 || 1;
  } catch {
    return 1;
  }
}
