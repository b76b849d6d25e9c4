/**
 * Removes C0/C1 control characters (ESC sequences included) from text that came from AWS or a
 * file, so it cannot drive a terminal or break a report. Tab and newline are kept; callers that
 * need a single line fold newlines themselves.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function stripControl(text: string): string {
  return text.replace(CONTROL, '');
}
