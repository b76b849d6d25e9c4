/** Regenerates docs/checks.md from the registry: `npm run docs`. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderCatalogue } from '../src/check/catalogue-doc.js';
import { Registry } from '../src/check/registry.js';
import { frameworks } from '../src/frameworks/index.js';
import { packageRoot } from '../src/util/package-root.js';
import { builtinChecks } from '../checks/index.js';

const registry = await Registry.create(builtinChecks);
await writeFile(join(packageRoot(), 'docs', 'checks.md'), renderCatalogue(registry.all(), frameworks()));
console.log(`docs/checks.md: ${registry.all().length} checks`);
