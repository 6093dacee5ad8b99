/**
 * The menu button of narrow screens: a disclosure (button with aria-expanded controlling the
 * menu). Without JavaScript the button stays hidden and the menu is simply shown; with it, the
 * menu folds under 48rem (CSS) until the button opens it. Escape closes it and returns focus.
 */
export const initMenu = (): void => {
  const header = document.querySelector<HTMLElement>('[data-site-header]');
  const button = header?.querySelector<HTMLButtonElement>('[data-menu-toggle]');
  const menu = header?.querySelector<HTMLElement>('[data-menu]');
  if (!header || !button || !menu) return;
  const set = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    header.classList.toggle('menu-open', open);
  };
  header.classList.add('menu-ready');
  button.hidden = false;
  set(false);
  button.addEventListener('click', () => set(button.getAttribute('aria-expanded') !== 'true'));
  header.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
      set(false);
      button.focus();
    }
  });
};
