/** Regenerates checks/index.ts from the check modules: `npm run checks:index`. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/util/package-root.js';
import { checkModuleIds, renderChecksIndex } from './support/checks-index.js';

const dir = join(packageRoot(), 'checks');
const ids = checkModuleIds(dir);
writeFileSync(join(dir, 'index.ts'), renderChecksIndex(ids));
console.log(`checks/index.ts: ${ids.length} checks`);
