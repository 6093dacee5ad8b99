// Reads .ics files with an independent parser (ical.js, Mozilla's), never with the library
// that wrote them, so a test sees what a calendar program would see.
import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  summary: string;
  sequence: number;
  status: string | null;
  /** DTSTART as written: wall-clock digits and the zone ("2026-12-08T10:00:00 Europe/Warsaw"). */
  start: string;
  end: string | null;
  allDay: boolean;
  /** DTSTART as an instant (UTC ISO). */
  startUtc: string;
  alarms: { action: string; trigger: string }[];
  /** Start instants (UTC ISO) of every occurrence, recurrences expanded, up to `limit`. */
  occurrencesUtc: (limit?: number) => string[];
  /** Start wall-clock times in the event's zone of every occurrence. */
  occurrencesWall: (limit?: number) => string[];
}

export interface ParsedCalendar {
  props: Record<string, string>;
  timezones: string[];
  events: ParsedEvent[];
}

const wall = (t: ICAL.Time) => `${t.toString().slice(0, 19)}${t.zone?.tzid && !t.isDate ? ` ${t.zone.tzid}` : ''}`;

/** Parses an iCalendar text, registering its VTIMEZONEs so times resolve to instants. */
export const parseIcs = (text: string): ParsedCalendar => {
  const root = new ICAL.Component(ICAL.parse(text));
  const timezones = root.getAllSubcomponents('vtimezone');
  for (const tz of timezones) ICAL.TimezoneService.register(tz);
  const props: Record<string, string> = {};
  for (const p of root.getAllProperties()) props[p.name.toUpperCase()] = String(p.getFirstValue());
  const events = root.getAllSubcomponents('vevent').map((c): ParsedEvent => {
    const e = new ICAL.Event(c);
    const expand = (limit = 100) => {
      const out: ICAL.Time[] = [];
      const it = e.iterator();
      for (let next = it.next(); next && out.length < limit; next = it.next()) out.push(next);
      return out;
    };
    return {
      uid: e.uid,
      summary: e.summary,
      sequence: e.sequence,
      status: (c.getFirstPropertyValue('status') as string | null) ?? null,
      start: wall(e.startDate),
      end: e.endDate ? wall(e.endDate) : null,
      allDay: e.startDate.isDate,
      startUtc: e.startDate.toJSDate().toISOString(),
      alarms: c.getAllSubcomponents('valarm').map((a) => ({
        action: String(a.getFirstPropertyValue('action')),
        trigger: String(a.getFirstPropertyValue('trigger')),
      })),
      occurrencesUtc: (limit) => expand(limit).map((t) => t.toJSDate().toISOString()),
      occurrencesWall: (limit) => expand(limit).map((t) => t.toString().slice(0, 19)),
    };
  });
  return { props, timezones: timezones.map((z) => String(z.getFirstPropertyValue('tzid'))), events };
};
