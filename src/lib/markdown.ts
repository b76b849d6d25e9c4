/**
 * Makes untrusted text (resource names, tags, messages from AWS) inert inside a Markdown table
 * cell or paragraph: no raw HTML, no links or images, no table breakage, no terminal escapes.
 */
export function mdText(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '') // control chars incl. ESC
    .replace(/\r?\n|\r/g, ' ')
    .replace(/[\\`*_{}[\]()<>#+!|~&]/g, (c) => `\\${c}`);
}

/** Inline code for identifiers; backticks inside become a longer fence. */
export function mdCode(value: string): string {
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  const fence = clean.includes('`') ? '``' : '`';
  const body = clean.replace(/\|/g, '\\|');
  return `${fence}${fence.length > 1 ? ' ' : ''}${body}${fence.length > 1 ? ' ' : ''}${fence}`;
}
