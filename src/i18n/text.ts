/**
 * Text helpers shared by build-time code and browser bundles (so this module imports nothing:
 * the string table stays out of the pages' JavaScript; browser code gets its strings through
 * data-* attributes and fills them here).
 */

/** Fills `{name}` placeholders; an unknown placeholder stays visible (`{name}`), so a gap shows in review instead of vanishing. */
export const fill = (template: string, vars: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));

/** "wzór" → "Wzór": enum values are stored lower-case in content and shown as labels. */
export const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase('pl') + text.slice(1);
