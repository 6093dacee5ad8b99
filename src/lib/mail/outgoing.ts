/** An e-mail ready to send or to write as a file: who gets it, both bodies, attachments. */
export interface OutgoingMail {
  /** A file-safe name, unique per run: `2026-12-01-mobilnosc-members`. */
  key: string;
  to: string[];
  subject: string;
  html: string;
  text: string;
  attachments: { filename: string; content: string; contentType: string }[];
}
