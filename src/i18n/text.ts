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

/** The forms of a counted phrase ("{count} wynik", "{count} wyniki", "{count} wyników", "{count} wyniku"). */
export type PluralForms = Readonly<Record<'one' | 'few' | 'many' | 'other', string>>;

const polishPlural = new Intl.PluralRules('pl');

/**
 * The form that agrees with `count`, with `{count}` filled the Polish way: Intl.PluralRules('pl')
 * picks one | few | many | other, so no rule is written by hand. Shared by `tc()` at build time
 * and the browser's counts, which get the forms through data-* attributes.
 */
export const pluralText = (forms: PluralForms, count: number, vars: Record<string, string | number> = {}): string => {
  const category = polishPlural.select(count);
  const form = category === 'one' || category === 'few' || category === 'many' ? forms[category] : forms.other;
  return fill(form, { ...vars, count: count.toLocaleString('pl-PL') });
};
