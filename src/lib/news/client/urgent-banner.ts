/**
 * Urgent-news banner (every page): hides items the person dismissed before and lets them
 * dismiss more. Without JavaScript the banner is simply shown and the buttons stay hidden.
 * Focus after a dismissal goes to the next item's button, or to <main> when none is left,
 * so keyboard and screen-reader users are never left on a removed element.
 */
import { BANNER_STORAGE_KEY, dismiss, parseDismissed, visibleItems } from './banner-memory.ts';

const read = (): string[] => {
  try {
    return parseDismissed(localStorage.getItem(BANNER_STORAGE_KEY));
  } catch {
    return []; // storage blocked (privacy settings): show everything
  }
};

const write = (list: string[]) => {
  try {
    localStorage.setItem(BANNER_STORAGE_KEY, JSON.stringify(list));
  } catch {
    // Not remembered, but still hidden on this page.
  }
};

export const initUrgentBanner = (): void => {
  const banner = document.querySelector<HTMLElement>('[data-urgent-banner]');
  if (!banner) return;
  const items = [...banner.querySelectorAll<HTMLElement>('[data-urgent-key]')];
  const keys = items.map((i) => i.dataset['urgentKey'] ?? '');
  const status = document.querySelector<HTMLElement>('[data-urgent-status]');

  const apply = (dismissed: string[]) => {
    const shown = visibleItems(keys, dismissed);
    items.forEach((item, n) => (item.hidden = !shown.includes(keys[n]!)));
    banner.hidden = shown.length === 0;
    return shown;
  };

  apply(read());
  items.forEach((item, n) => {
    const button = item.querySelector<HTMLButtonElement>('button');
    if (!button) return;
    button.hidden = false;
    button.addEventListener('click', () => {
      const next = dismiss(keys, read(), keys[n]!);
      write(next);
      const shown = apply(next);
      if (status) status.textContent = banner.dataset['dismissedText'] ?? '';
      const following = items.find((_, m) => m > n && shown.includes(keys[m]!)) ?? items.find((_, m) => shown.includes(keys[m]!));
      const target = following?.querySelector<HTMLElement>('button') ?? document.getElementById('tresc');
      target?.focus();
    });
  });
};
