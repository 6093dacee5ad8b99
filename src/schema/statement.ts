/**
 * The accessibility statement (deklaracja dostępności) that Polish law requires of public
 * bodies: the data editors maintain in `content/strona/deklaracja-dostepnosci.yaml`.
 */
import { z } from 'astro/zod';
import { choice, day, email, line, paragraph, phone, url } from './fields.ts';

export const STATEMENT_FILE = 'strona/deklaracja-dostepnosci.yaml';
export const COMPLIANCE = ['zgodna', 'częściowo zgodna', 'niezgodna'] as const;

const items = (label: string) =>
  z.array(paragraph(label, { max: 600 }), { error: 'oczekiwano listy' }).default([]).meta({ label, widget: 'list' });

export const statementSchema = z.object({
  podmiot: line('Nazwa podmiotu'),
  nazwaStrony: line('Nazwa strony'),
  adresStrony: url('Adres strony'),
  dataPublikacji: day('Data publikacji strony'),
  dataAktualizacji: day('Data ostatniej istotnej aktualizacji'),
  status: choice('Stan zgodności z WCAG 2.1', COMPLIANCE),
  niezgodnosci: items('Treści niedostępne'),
  wylaczenia: items('Wyłączenia'),
  dataSporzadzenia: day('Data sporządzenia deklaracji'),
  ocena: line('Sposób oceny', { max: 300 }),
  osoba: line('Osoba do kontaktu'),
  email: email('E-mail do kontaktu'),
  telefon: phone('Telefon do kontaktu'),
  architektura: paragraph('Dostępność architektoniczna', { max: 2000 }),
  aplikacje: paragraph('Aplikacje mobilne', { max: 600 }),
});

export type Statement = z.output<typeof statementSchema>;
