import { stripControl } from './inert.js';

/**
 * Makes untrusted text (resource names, tags, messages from AWS) inert inside a Markdown table
 * cell or paragraph: no raw HTML, no links or images, no table breakage, no terminal escapes.
 */
export function mdText(value: string): string {
  return stripControl(value)
    .replace(/\r?\n|\r/g, ' ')
    .replace(/[\\`*_{}[\]()<>#+!|~&]/g, (c) => `\\${c}`);
}

/** Inline code for identifiers: the fence is longer than any run of backticks inside. */
export function mdCode(value: string): string {
  const clean = stripControl(value).replace(/[\t\r\n]/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = longest ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}
