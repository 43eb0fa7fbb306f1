/** A generated archive large enough to paginate every listing (20 articles a page). */
import { articleFile } from '../../tools/build';

const kinds = ['news', 'analysis', 'opinion'] as const;

/**
 * `count` articles, newest last: all in section Europe with tag Énergie (so the home, section and
 * tag listings all paginate), of every kind, every fifth one with a second tag and a dateline.
 */
export function archiveFiles(count: number): Record<string, string> {
  return Object.fromEntries(
    Array.from({ length: count }, (_, i) => {
      const day = String((i % 28) + 1).padStart(2, '0');
      const month = 10 + Math.floor(i / 28);
      const extra = i % 5 === 0 ? `\ndateline:\n  date: 2026-09-${day}\n  place: Bruxelles` : '';
      return [
        `article-${String(i).padStart(2, '0')}.md`,
        articleFile(
          `title: "Article numéro ${i} : un titre de longueur réaliste pour une page d’accueil"
description: "Une description de deux lignes, comme en écrivent les rédactions pour présenter un article à leurs lecteurs."
pubDate: "2026-${month}-${day}T08:${String(i % 60).padStart(2, '0')}:00+01:00"
kind: ${kinds[i % kinds.length]}
section: Europe
tags: [Énergie${i % 5 === 0 ? ', Climat' : ''}]
source:
  name: exemple.info
  url: https://exemple.info/${extra}`,
          `Texte de l’article ${i} : « un paragraphe » ; puis un autre.\n\nUn second paragraphe, avec un [lien](https://exemple.info/${i}).`,
        ),
      ];
    }),
  );
}
