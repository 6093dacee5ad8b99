// The calendar page's script: FullCalendar v7 (vanilla) with the classic theme, Polish, in
// Europe/Warsaw whatever the reader's own zone. Data come from /kalendarz/wydarzenia.json (made
// at build time from the same entries as the feeds); strings from the page's data-strings.
import { Calendar, type EventInput } from 'fullcalendar';
import dayGridPlugin from 'fullcalendar/daygrid';
import listPlugin from 'fullcalendar/list';
import plLocale from 'fullcalendar/locales/pl';
import classicTheme from 'fullcalendar/themes/classic';
import timeGridPlugin from 'fullcalendar/timegrid';
import 'fullcalendar/skeleton.css';
import 'fullcalendar/themes/classic/theme.css';
import 'fullcalendar/themes/classic/palette.css';
import { fill } from '../../../i18n/text.ts';
import { matchesFilter, type CalendarFilter, type CalendarItem } from './filter.ts';


/** `#2027-03` or `#2027-03-09` in the address opens the calendar on that month or day. */
const dateFromHash = (): string | undefined => {
  const m = /^#(\d{4}-\d{2})(-\d{2})?$/.exec(location.hash);
  return m ? `${m[1]}${m[2] ?? '-01'}` : undefined;
};

/**
 * FullCalendar names a day cell with aria-label ("8 grudnia 2026"), which hides the events in
 * it from the name (axe: label-content-name-mismatch). The date goes into the cell as hidden
 * text instead, so the cell is named by the date followed by its events.
 */
const nameCellFromContent = (cell: HTMLElement) => {
  const label = cell.getAttribute('aria-label');
  if (!label) return;
  const hidden = document.createElement('span');
  hidden.className = 'visually-hidden';
  hidden.textContent = label;
  cell.prepend(hidden);
  cell.removeAttribute('aria-label');
};

const dayMonth = new Intl.DateTimeFormat('pl-PL', { day: 'numeric', month: 'long', timeZone: 'UTC' });
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * In the list a multi-day event (a three-week consultation) appears once, on its first day in
 * view, titled with its date range — not again on every day it lasts.
 */
const once = (i: CalendarItem, viewStart: string): CalendarItem => {
  const first = i.start.slice(0, 10);
  const last = i.end ? (i.allDay ? addDays(i.end.slice(0, 10), -1) : i.end.slice(0, 10)) : first;
  // Single days, and events over before the view (FullCalendar drops them), stay as they are.
  if (last <= first || last < viewStart) return i;
  const range = dayMonth.formatRange(new Date(`${first}T00:00:00Z`), new Date(`${last}T00:00:00Z`));
  const { end: _end, ...rest } = i;
  return { ...rest, start: first < viewStart ? viewStart : first, allDay: true, title: `${i.title} (${range})` };
};

const start = async (root: HTMLElement) => {
  const s = JSON.parse(root.dataset['strings'] ?? '{}') as Record<string, string>;
  const str = (key: string, vars: Record<string, string | number> = {}) => fill(s[key] ?? key, vars);
  const form = root.querySelector('form')!;
  const status = root.querySelector<HTMLElement>('[data-calendar-status]')!;
  const view = root.querySelector<HTMLElement>('[data-calendar-view]')!;
  const items = (await (await fetch(root.dataset['eventsUrl']!)).json()) as CalendarItem[];

  const filter = (): CalendarFilter => {
    const data = new FormData(form);
    return { forum: String(data.get('forum') ?? ''), type: String(data.get('type') ?? '') };
  };
  const unit = (u: string) => (u === 'week' ? 'week' : 'month');
  const hash = dateFromHash();

  root.hidden = false;
  // One set of filters: the calendar's own form replaces the list's forum links (kept without JS).
  for (const links of document.querySelectorAll<HTMLElement>('[data-list-forum-filter]')) links.hidden = true;
  // A phone has no room for a seven-column grid (about 45 px a day): its month and week are
  // agenda lists of the same events, whose titles wrap whole.
  const phone = matchMedia('(max-width: 40rem)').matches;
  const initialView = phone ? 'listMonth' : 'dayGridMonth';
  // The view in use, kept here: FullCalendar asks for events before the constructor returns.
  let viewType: string = initialView;
  const isList = () => viewType.startsWith('list');
  let listShown = isList();
  const calendar = new Calendar(view, {
    plugins: [dayGridPlugin, timeGridPlugin, listPlugin, classicTheme],
    locale: plLocale,
    timeZone: 'Europe/Warsaw',
    initialView,
    ...(hash ? { initialDate: hash } : {}),
    headerToolbar: { start: 'prev,next today', center: 'title', end: phone ? 'listMonth,listWeek' : 'dayGridMonth,timeGridWeek,listMonth' },
    // A week's title says which days it shows ("7–13 grudnia 2026"), not just the month.
    views: {
      timeGridWeek: { titleFormat: { day: 'numeric', month: 'long', year: 'numeric' } },
      listWeek: { titleFormat: { day: 'numeric', month: 'long', year: 'numeric' } },
    },
    // On a phone the two lists are the month and the week, and say so.
    ...(phone ? { buttons: { listMonth: { text: str('calendar.month') }, listWeek: { text: str('calendar.week') } } } : {}),
    monthText: str('calendar.month'),
    weekTextLong: str('calendar.week'),
    listText: str('calendar.list'),
    todayText: str('calendar.today'),
    prevHint: (_text, u) => str(`calendar.prev.${unit(u)}`),
    nextHint: (_text, u) => str(`calendar.next.${unit(u)}`),
    // The hint becomes the button's accessible name: it must contain the visible "Dziś".
    todayHint: (_text, u) => `${str('calendar.today')} — ${str(`calendar.this.${unit(u)}`)}`,
    viewHint: (text) => str('calendar.viewHint', { view: text }),
    navLinkHint: (dateText) => str('calendar.navLinkHint', { date: dateText }),
    moreLinkText: (n) => str('calendar.moreLink', { n }),
    moreLinkHint: (n) => str('calendar.moreHint', { n }),
    closeHint: str('calendar.close'),
    eventsHint: str('calendar.events'),
    allDayText: str('calendar.allDay'),
    noEventsText: str('calendar.noEvents'),
    headingLevel: 3,
    firstDay: 1,
    height: 'auto',
    dayMaxEvents: 4,
    slotMinTime: '07:00:00',
    slotMaxTime: '20:00:00',
    eventTimeFormat: { hour: '2-digit', minute: '2-digit' },
    events: (info, success) => {
      const shown = items.filter((i) => matchesFilter(i, filter()));
      // Every item is a target of at least 24 px (WCAG 2.2), via its class.
      const targets = shown.map((i) => ({ ...i, className: `${i.className} kalendarz-cel`.trim() }));
      success((isList() ? targets.map((i) => once(i, info.startStr.slice(0, 10))) : targets) as EventInput[]);
    },
    dayCellDidMount: ({ el }) => nameCellFromContent(el),
    datesSet: ({ view: shown }) => {
      viewType = shown.type;
      // The list shows multi-day events once; switching to or from it needs the items again.
      if (isList() !== listShown) {
        listShown = isList();
        calendar.refetchEvents();
      }
      announce();
    },
    eventsSet: () => announce(),
  });

  // A polite status line tells screen-reader users what a filter or a new period shows.
  const announce = () => {
    const { activeStart, activeEnd } = calendar.view;
    const n = calendar.getEvents().filter((e) => e.start && e.start < activeEnd && (e.end ?? e.start) >= activeStart).length;
    status.textContent = str('calendar.status', { n });
  };

  form.addEventListener('change', () => calendar.refetchEvents());
  form.addEventListener('submit', (e) => e.preventDefault());
  calendar.render();
};

const root = document.querySelector<HTMLElement>('[data-calendar]');
if (root) void start(root);
