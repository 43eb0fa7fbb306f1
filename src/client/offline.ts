/** Reading offline, page side: registers the service worker and, on an article, offers "Lire hors ligne". */
import { askWorker, SERVICE_WORKER_PATH, type KeptArticle } from '../lib/offline';

async function offerSaving(root: HTMLElement) {
  const button = root.querySelector<HTMLButtonElement>('[data-offline-toggle]')!;
  const status = root.querySelector<HTMLElement>('[data-offline-status]')!;
  const path = location.pathname;
  const show = (saved: boolean, message: string) => {
    button.setAttribute('aria-pressed', String(saved));
    status.textContent = message;
  };
  const kept = await askWorker<KeptArticle[]>({ type: 'list' });
  const saved = kept.some((article) => article.path === path && article.saved);
  show(saved, saved ? 'Disponible hors ligne.' : '');
  button.hidden = false;
  button.addEventListener('click', () => {
    const saving = button.getAttribute('aria-pressed') !== 'true';
    void (async () => {
      // Pictures further down load only when scrolled to: load them now, to keep the ones this screen uses.
      const images = [...document.querySelectorAll<HTMLImageElement>('.article img')];
      if (saving) {
        for (const image of images) image.loading = 'eager';
        await Promise.all(images.map((image) => image.decode().catch(() => {})));
      }
      const pictures = images.map((image) => image.currentSrc).filter((src) => src.startsWith(location.origin));
      try {
        await askWorker({ type: saving ? 'save' : 'remove', path, pictures });
        // Asked only once the reader keeps something: storage the browser may not clear.
        if (saving) await navigator.storage?.persist?.();
        show(saving, saving ? 'Disponible hors ligne.' : 'Retiré de la lecture hors ligne.');
      } catch {
        show(!saving, 'L’enregistrement a échoué : l’espace de stockage est peut-être plein.');
      }
    })();
  });
}

export async function startOffline(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  await navigator.serviceWorker.register(SERVICE_WORKER_PATH);
  const root = document.querySelector<HTMLElement>('[data-offline]');
  if (root) await offerSaving(root);
}
