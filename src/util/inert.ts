/**
 * Makes text that came from AWS or a file inert for a terminal or a report:
 * - C0/C1 control characters (ESC sequences included) are removed, so it cannot drive a
 *   terminal or break a report. Tab and newline are kept; callers that need a single line fold
 *   newlines themselves.
 * - Unicode bidirectional embedding, override and isolate controls (U+202A–U+202E,
 *   U+2066–U+2069) are shown escaped, as `<U+202E>`: left in, they reorder what a reader sees
 *   (a resource named `evil<U+202E>gpj.exe` displays as `evilexe.jpg`); removed, the name shown
 *   would not be the name AWS holds.
 * Every text output (console, Markdown, HTML, CSV) goes through here.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;

export function escapeBidi(text: string): string {
  return text.replace(BIDI, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase()}>`);
}

export function stripControl(text: string): string {
  return escapeBidi(text.replace(CONTROL, ''));
}
