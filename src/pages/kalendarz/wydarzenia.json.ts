// Data of the interactive calendar on /kalendarz/ (src/lib/calendar/view-data.ts): only the events
// this build may show, so member events stay out of the public build, plus the closing days of
// visible funding calls (src/lib/calls/status.ts).
import type { APIRoute } from 'astro';
import { calendarItems } from '../../lib/calendar/view-data.ts';
import { entries } from '../../lib/content/entries.ts';
import { callDeadlines } from '../../lib/calls/visible.ts';
import { legalDeadlines } from '../../lib/follow/visible.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(calendarItems([...(await entries('events')), ...(await callDeadlines()), ...(await legalDeadlines())])), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
