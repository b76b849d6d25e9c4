import { stripControl } from '../../src/util/inert.js';

/** Text for HTML element content or a quoted attribute: inert, whatever AWS put in it. */
export function h(value: string | number): string {
  return stripControl(String(value)).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * JSON safe inside <script type="application/json">: no `</script>`, no HTML comment openers, no
 * line separators; every string inert (the page's script shows them as text: control characters
 * removed, bidi controls escaped, as everywhere else).
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? stripControl(v) : v)).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
