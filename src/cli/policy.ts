import { OPERATIONS } from '../aws/operations.js';

interface PolicyStatement {
  Sid: string;
  Effect: 'Allow';
  Action: string[];
  Resource: string | string[];
}

/**
 * The least-privilege read-only IAM policy the scan needs: the IAM actions of every operation the
 * request path allows, on '*' unless the operations table narrows an action's resources.
 */
export function scanPolicy(): { Version: '2012-10-17'; Statement: PolicyStatement[] } {
  const byResources = new Map<string, Set<string>>();
  for (const spec of Object.values(OPERATIONS)) {
    const key = JSON.stringify(spec.resources ?? '*');
    if (!byResources.has(key)) byResources.set(key, new Set());
    byResources.get(key)!.add(spec.iamAction);
  }
  const statements = [...byResources.entries()].map(([key, actions]): PolicyStatement => {
    const Resource = JSON.parse(key) as string | string[];
    const scoped = Resource !== '*';
    return { Sid: scoped ? `SrmAuditReadOnly${[...actions][0]!.split(':')[0]!.replace(/^./, (c) => c.toUpperCase())}` : 'SrmAuditReadOnly', Effect: 'Allow', Action: [...actions].sort(), Resource };
  });
  return { Version: '2012-10-17', Statement: statements.sort((a, b) => (a.Resource === '*' ? -1 : b.Resource === '*' ? 1 : a.Sid.localeCompare(b.Sid))) };
}

export function explainPolicy(): string {
  const rows = Object.entries(OPERATIONS)
    .map(([op, spec]) => `${spec.iamAction.padEnd(40)} ${op.padEnd(40)} ${spec.purpose}${spec.resources ? ` (on ${spec.resources.join(', ')})` : ''}`)
    .sort();
  return [`${'IAM action'.padEnd(40)} ${'operation'.padEnd(40)} purpose`, ...rows].join('\n');
}
