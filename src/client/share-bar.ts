/** The share bar's buttons (src/components/ShareBar.astro): the system's share sheet and "Copier le lien", where the browser has them. */
export function startShareBar(root: HTMLElement): void {
  const { shareUrl: url = '', shareTitle: title = '' } = root.dataset;
  const status = root.querySelector('[data-share-status]')!;
  const native = root.querySelector<HTMLButtonElement>('[data-share-native]')!;
  const copy = root.querySelector<HTMLButtonElement>('[data-share-copy]')!;
  if (typeof navigator.share === 'function') {
    native.hidden = false;
    // A reader closing the share sheet is not an error worth showing.
    native.addEventListener('click', () => void navigator.share({ url, title }).catch(() => {}));
  }
  if (navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener(
      'click',
      () =>
        void navigator.clipboard.writeText(url).then(
          () => (status.textContent = 'Lien copié.'),
          () => (status.textContent = 'Copie impossible : copiez l’adresse depuis la barre du navigateur.'),
        ),
    );
  }
}
