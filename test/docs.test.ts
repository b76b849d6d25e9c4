import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderCatalogue } from '../src/check/catalogue-doc.js';
import { Registry } from '../src/check/registry.js';
import { frameworks } from '../src/frameworks/index.js';
import { builtinChecks } from '../checks/index.js';

describe('docs/checks.md', () => {
  it('is current with the check metadata (run `npm run docs` after changing a check)', async () => {
    const registry = await Registry.create(builtinChecks);
    const expected = renderCatalogue(registry.all(), frameworks());
    const actual = await readFile(join(import.meta.dirname, '..', 'docs', 'checks.md'), 'utf8');
    expect(actual).toBe(expected);
  });
});
