/**
 * Writes the output of `srm-audit policy` into the task role of the CloudFormation template in
 * deploy/aws/, so the scheduled scan is granted exactly what the scan may call.
 * test/deploy/cloudformation.test.ts fails when the two drift.  `npm run deploy:policy`
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { scanPolicy } from '../src/cli/policy.js';
import { packageRoot } from '../src/util/package-root.js';

const TEMPLATE = join(packageRoot(), 'deploy', 'aws', 'scheduled-scan.template.json');
const READ_ONLY_POLICY = 'SrmAuditReadOnly';

interface InlinePolicy { PolicyName: string; PolicyDocument: unknown }
interface Template { Resources: { TaskRole: { Properties: { Policies: InlinePolicy[] } } } }

const text = await readFile(TEMPLATE, 'utf8');
const template = JSON.parse(text) as Template;
const policy = template.Resources.TaskRole.Properties.Policies.find((p) => p.PolicyName === READ_ONLY_POLICY);
if (!policy) throw new Error(`${TEMPLATE}: the TaskRole has no inline policy named ${READ_ONLY_POLICY}`);
policy.PolicyDocument = scanPolicy();
const updated = `${JSON.stringify(template, null, 2)}\n`;
if (updated === text) console.log(`${TEMPLATE}: ${READ_ONLY_POLICY} is current`);
else {
  await writeFile(TEMPLATE, updated);
  console.log(`${TEMPLATE}: ${READ_ONLY_POLICY} written from \`srm-audit policy\``);
}
