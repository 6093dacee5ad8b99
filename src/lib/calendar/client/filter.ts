/**
 * What the calendar page's script needs at run time, kept apart from the build-time modules so
 * the browser bundle stays small: the shape of the JSON made by src/lib/calendar/view-data.ts and
 * the filter by forum and event type.
 */

/** One meeting on the calendar, as FullCalendar reads it (an EventInput). */
export interface CalendarItem {
  id: string;
  /** With the forum's short code first, so the forum shows without relying on colour. */
  title: string;
  /** ISO date-time with Warsaw's offset, or a day for all-day items. */
  start: string;
  /** Exclusive end (FullCalendar's convention): for all-day items the day after the last. */
  end?: string;
  allDay: boolean;
  url: string;
  /** The forum's colour (FullCalendar v7 `color`), white text on it (`contrastColor`). */
  color: string;
  contrastColor: string;
  className: string;
  extendedProps: {
    forums: string[];
    /** Event type slug, e.g. `posiedzenie-forum`. */
    type: string;
    cancelled: boolean;
  };
}

/** The chosen forum and type; an empty string means "all". */
export interface CalendarFilter {
  forum: string;
  type: string;
}

/** Does a calendar item pass the filter? */
export const matchesFilter = (item: CalendarItem, filter: CalendarFilter): boolean =>
  (!filter.forum || item.extendedProps.forums.includes(filter.forum)) &&
  (!filter.type || item.extendedProps.type === filter.type);
