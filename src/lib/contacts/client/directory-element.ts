/**
 * `<contact-directory>`: filters the server-rendered directory as the user chooses a gmina,
 * forum or topic and as they type. Without JavaScript the element is inert and the full list
 * stays visible. Strings come from the page's data-* attributes (src/i18n/pl.ts).
 *
 * Markup contract (src/components/ContactDirectory.astro):
 * - `form[data-filters]` (hidden until upgraded) with controls named gmina, forum, topic, q;
 * - `[data-person]` cards with data-place, data-forums (space-separated), data-topics (`|`);
 * - `[data-group]` sections hidden when none of their cards is shown;
 * - `[data-status]` live region; `[data-empty]` message; `[data-nojs]` parts hidden once upgraded;
 * - `option[data-coordinator]` in the gmina select: whose card to offer when the gmina has nobody.
 */
import { EMPTY_FILTER, fold, matches, readFilter, writeFilter, type Filterable, type FilterState } from './filter.ts';
import { fill } from '../../../i18n/text.ts';

interface Person extends Filterable {
  el: HTMLElement;
  id: string;
}

/** Screen readers hear the count once typing pauses, not at every key. */
const ANNOUNCE_DELAY_MS = 400;

export class ContactDirectoryElement extends HTMLElement {
  #people: Person[] = [];
  #form?: HTMLFormElement;
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('form[data-filters]');
    if (!form || this.#form) return;
    this.#form = form;
    this.#people = [...this.querySelectorAll<HTMLElement>('[data-person]')].map((el) => ({
      el,
      id: el.dataset['person'] ?? '',
      place: el.dataset['place'] ?? '',
      forums: (el.dataset['forums'] ?? '').split(' ').filter(Boolean),
      topics: (el.dataset['topics'] ?? '').split('|').filter(Boolean).map(fold),
      // Name, role, topics, gmina and forums (data-search), not e-mail addresses or dates.
      text: fold(el.dataset['search'] ?? el.textContent ?? ''),
    }));
    this.#set(readFilter(location.search));
    form.hidden = false;
    for (const el of this.querySelectorAll<HTMLElement>('[data-nojs]')) el.hidden = true;
    form.addEventListener('input', () => this.#update(true));
    form.addEventListener('change', () => this.#update(true));
    form.addEventListener('submit', (e) => e.preventDefault());
    form.addEventListener('reset', () => setTimeout(() => this.#update(true)));
    this.#update(false);
  }

  #control(name: keyof FilterState): HTMLInputElement | HTMLSelectElement | null {
    return this.#form?.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
  }

  #read(): FilterState {
    const value = (name: keyof FilterState) => this.#control(name)?.value ?? '';
    return { gmina: value('gmina'), forum: value('forum'), topic: value('topic'), q: value('q') };
  }

  /** Puts a state (from the address) into the controls; unknown values are ignored. */
  #set(f: FilterState): void {
    for (const name of Object.keys(EMPTY_FILTER) as (keyof FilterState)[]) {
      const control = this.#control(name);
      if (!control || !f[name]) continue;
      if (control instanceof HTMLSelectElement && ![...control.options].some((o) => o.value === f[name])) continue;
      control.value = f[name];
    }
  }

  #update(byUser: boolean): void {
    const f = this.#read();
    let shown = this.#people.filter((p) => matches(p, f));
    const empty = this.querySelector<HTMLElement>('[data-empty]');
    const ask = this.querySelector<HTMLElement>('[data-ask]');
    // A gmina with nobody for this question: offer its coordinator's card instead.
    const coordinatorId =
      shown.length === 0 && f.gmina ? this.#gminaOption(f.gmina)?.dataset['coordinator'] : undefined;
    const coordinator = coordinatorId ? this.#people.find((p) => p.id === coordinatorId) : undefined;
    if (empty) empty.hidden = shown.length > 0;
    if (ask) ask.hidden = !coordinator;
    const visible = new Set(coordinator ? [coordinator] : shown);
    for (const p of this.#people) p.el.hidden = !visible.has(p);
    for (const group of this.querySelectorAll<HTMLElement>('[data-group]')) {
      group.hidden = !group.querySelector('[data-person]:not([hidden])');
    }
    this.#narrowTopics(f);
    if (byUser) history.replaceState(null, '', location.pathname + writeFilter(f) + location.hash);
    clearTimeout(this.#timer);
    const announce = () => this.#announce(shown.length, coordinator);
    if (byUser) this.#timer = setTimeout(announce, ANNOUNCE_DELAY_MS);
    else announce();
  }

  #announce(count: number, coordinator: Person | undefined): void {
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (!status) return;
    const parts = [fill(this.dataset['textShown'] ?? '', { shown: count, total: this.#people.length })];
    if (count === 0) parts.push(this.dataset['textNone'] ?? '');
    if (coordinator) parts.push(`${this.dataset['textAsk'] ?? ''} ${coordinator.el.dataset['name'] ?? ''}`);
    status.textContent = parts.join(' ');
  }

  #gminaOption(value: string): HTMLOptionElement | undefined {
    const select = this.#control('gmina');
    return select instanceof HTMLSelectElement ? [...select.options].find((o) => o.value === value) : undefined;
  }

  /** Offers only topics someone matching the other filters handles (215 topics are too many). */
  #narrowTopics(f: FilterState): void {
    const select = this.#control('topic');
    if (!(select instanceof HTMLSelectElement)) return;
    const others = this.#people.filter((p) => matches(p, { ...f, topic: '' }));
    const available = new Set(others.flatMap((p) => p.topics));
    for (const option of select.options) {
      if (!option.value) continue;
      const off = !available.has(fold(option.value)) && option.value !== f.topic;
      option.hidden = off;
      option.disabled = off;
    }
  }
}

/** Registers the element once (the script may be included by several pages of one session). */
export const defineContactDirectory = (): void => {
  if (!customElements.get('contact-directory')) customElements.define('contact-directory', ContactDirectoryElement);
};
