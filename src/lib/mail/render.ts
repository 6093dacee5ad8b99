/**
 * The one e-mail look shared by reminders and the monthly digest: an HTML body made for
 * Outlook (its Word engine ignores <style> blocks, flexbox and max-width, so layout is nested
 * tables of fixed width with every style inline and system fonts) plus the same content as
 * plain text, for clients and filters that prefer it.
 */

export interface MailItem {
  title: string;
  /** Absolute address of the entry's page. */
  url: string;
  /** A line above the title: when, what kind, until when. */
  meta?: string;
  summary?: string;
  /** A short red flag ("Pilne", "Odwołane"). */
  flag?: string;
}

export interface MailSection {
  heading: string;
  items: MailItem[];
  /** Shown instead of the items when there are none; without it an empty section is left out. */
  empty?: string;
}

export interface MailDocument {
  /** The <title> and the big heading. */
  title: string;
  /** Hidden line that mail clients show as the preview next to the subject. */
  preheader: string;
  intro: string;
  sections: MailSection[];
  /** Small print: why the person gets this, where to change it. */
  footer: string[];
}

export interface RenderedMail {
  html: string;
  text: string;
}

// Hand-written because it is the whole of what is needed: the five characters HTML gives a
// meaning to, in text and in double-quoted attributes.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escapes text for HTML element content and double-quoted attributes. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

const FONT = "font-family:Arial,Helvetica,sans-serif;";
const COLOURS = { text: '#1a1f29', muted: '#4a5468', brand: '#1b3a6b', link: '#1a4f9c', urgent: '#a4161a', border: '#d5dbe5', page: '#f4f6fa' };
const WIDTH = 600;

const itemHtml = (i: MailItem): string =>
  `<tr><td style="padding:10px 0;border-bottom:1px solid ${COLOURS.border};${FONT}">` +
  (i.meta || i.flag
    ? `<p style="margin:0 0 4px;font-size:13px;line-height:18px;color:${COLOURS.muted};${FONT}">` +
      (i.flag ? `<strong style="color:${COLOURS.urgent};">${escapeHtml(i.flag)}</strong>${i.meta ? ' · ' : ''}` : '') +
      (i.meta ? escapeHtml(i.meta) : '') +
      '</p>'
    : '') +
  `<p style="margin:0;font-size:16px;line-height:22px;${FONT}"><a href="${escapeHtml(i.url)}" style="color:${COLOURS.link};text-decoration:underline;font-weight:bold;">${escapeHtml(i.title)}</a></p>` +
  (i.summary ? `<p style="margin:4px 0 0;font-size:14px;line-height:20px;color:${COLOURS.text};${FONT}">${escapeHtml(i.summary)}</p>` : '') +
  '</td></tr>';

const sectionHtml = (s: MailSection): string =>
  `<tr><td style="padding:20px 24px 0;${FONT}">` +
  `<h2 style="margin:0 0 4px;font-size:18px;line-height:24px;color:${COLOURS.brand};${FONT}">${escapeHtml(s.heading)}</h2>` +
  `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;">` +
  (s.items.length
    ? s.items.map(itemHtml).join('')
    : `<tr><td style="padding:8px 0;font-size:14px;color:${COLOURS.muted};${FONT}">${escapeHtml(s.empty ?? '')}</td></tr>`) +
  '</table></td></tr>';

const shown = (d: MailDocument) => d.sections.filter((s) => s.items.length > 0 || s.empty);

/** The HTML body: a centred 600-pixel table with inline styles only. */
export const renderHtml = (d: MailDocument): string =>
  `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="pl" xml:lang="pl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>${escapeHtml(d.title)}</title>
</head>
<body style="margin:0;padding:0;background-color:${COLOURS.page};">
<div style="display:none;max-height:0;overflow:hidden;">${escapeHtml(d.preheader)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="${COLOURS.page}" style="background-color:${COLOURS.page};">
<tr><td align="center" style="padding:16px 8px;">
<table role="presentation" width="${WIDTH}" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="width:${WIDTH}px;background-color:#ffffff;border:1px solid ${COLOURS.border};">
<tr><td bgcolor="${COLOURS.brand}" style="background-color:${COLOURS.brand};padding:16px 24px;${FONT}">
<p style="margin:0;font-size:13px;line-height:18px;color:#ffffff;${FONT}">Metropolia Krakowska</p>
<h1 style="margin:4px 0 0;font-size:22px;line-height:28px;color:#ffffff;${FONT}">${escapeHtml(d.title)}</h1>
</td></tr>
<tr><td style="padding:16px 24px 0;font-size:15px;line-height:22px;color:${COLOURS.text};${FONT}">${escapeHtml(d.intro)}</td></tr>
${shown(d).map(sectionHtml).join('\n')}
<tr><td style="padding:24px;font-size:12px;line-height:18px;color:${COLOURS.muted};${FONT}">${d.footer.map((f) => `<p style="margin:0 0 6px;${FONT}">${escapeHtml(f)}</p>`).join('')}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;

/** The plain-text body: the same sections, each item with its address. */
export const renderText = (d: MailDocument): string =>
  [
    d.title,
    '='.repeat(d.title.length),
    '',
    d.intro,
    ...shown(d).flatMap((s) => [
      '',
      s.heading,
      '-'.repeat(s.heading.length),
      ...(s.items.length
        ? s.items.flatMap((i) => [
            '',
            `* ${i.flag ? `[${i.flag}] ` : ''}${i.title}`,
            ...(i.meta ? [`  ${i.meta}`] : []),
            ...(i.summary ? [`  ${i.summary}`] : []),
            `  ${i.url}`,
          ])
        : [s.empty ?? '']),
    ]),
    '',
    '--',
    ...d.footer,
    '',
  ].join('\n');

/** Both bodies of an e-mail. */
export const renderMail = (d: MailDocument): RenderedMail => ({ html: renderHtml(d), text: renderText(d) });
