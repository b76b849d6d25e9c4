import type { Report } from './define.js';
import json from './json.js';
import markdown from './markdown.js';

/** Report formats by id. */
export const REPORTS: Readonly<Record<string, Report>> = { json, markdown };

export function reportIds(): string[] {
  return Object.keys(REPORTS);
}
