import type { Report } from './define.js';
import asff from './asff.js';
import csv from './csv.js';
import html from './html.js';
import json from './json.js';
import junit from './junit.js';
import markdown from './markdown.js';
import ocsf from './ocsf.js';
import sarif from './sarif.js';

/** Report formats by id. */
export const REPORTS: Readonly<Record<string, Report>> = { json, markdown, html, csv, junit, ocsf, asff, sarif };

export function reportIds(): string[] {
  return Object.keys(REPORTS);
}
