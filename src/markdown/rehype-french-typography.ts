import type { Element, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { frenchTypography, isFrench } from '../lib/french-typography.ts';

export interface Options {
  /**
   * Language of the document when its frontmatter gives none. Default: "fr".
   * An element's own `lang` attribute always wins for its subtree.
   */
  lang?: string;
}

/** Elements whose text is code or machine input: typography would change its meaning. */
const VERBATIM = new Set(['code', 'kbd', 'pre', 'samp', 'script', 'style', 'textarea', 'var']);

/** Apply French typography (spaces, apostrophes) to the text of French documents and elements. */
export function rehypeFrenchTypography(options: Options = {}) {
  return (tree: Root, file: VFile) => {
    const frontmatterLang = (file.data.astro?.frontmatter as { lang?: unknown } | undefined)?.lang;
    const lang = typeof frontmatterLang === 'string' ? frontmatterLang : (options.lang ?? 'fr');
    visit(tree.children, isFrench(lang));
  };
}

function visit(nodes: RootContent[], french: boolean): void {
  for (const node of nodes) {
    if (node.type === 'text' && french) {
      node.value = frenchTypography(node.value);
    } else if (node.type === 'element' && !VERBATIM.has(node.tagName)) {
      visit(node.children, elementLang(node, french));
    }
  }
}

function elementLang(element: Element, inherited: boolean): boolean {
  const lang = element.properties.lang;
  return typeof lang === 'string' ? isFrench(lang) : inherited;
}
