/**
 * What pages add once they have loaded (BaseLayout.astro imports this after `load`): the share
 * bar's buttons and reading offline. Nothing of it is in, or delays, the first view.
 */
import { startOffline } from './offline';
import { startShareBar } from './share-bar';

const shareBar = document.querySelector<HTMLElement>('[data-share]');
if (shareBar) startShareBar(shareBar);
void startOffline();
