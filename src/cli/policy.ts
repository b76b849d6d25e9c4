import { OPERATIONS } from '../aws/operations.js';

/** The least-privilege read-only IAM policy the scan needs: the IAM actions of every operation the request path allows. */
export function scanPolicy(): { Version: '2012-10-17'; Statement: { Sid: string; Effect: 'Allow'; Action: string[]; Resource: '*' }[] } {
  const actions = [...new Set(Object.values(OPERATIONS).map((o) => o.iamAction))].sort();
  return { Version: '2012-10-17', Statement: [{ Sid: 'SrmAuditReadOnly', Effect: 'Allow', Action: actions, Resource: '*' }] };
}

export function explainPolicy(): string {
  const rows = Object.entries(OPERATIONS)
    .map(([op, spec]) => `${spec.iamAction.padEnd(40)} ${op.padEnd(40)} ${spec.purpose}`)
    .sort();
  return [`${'IAM action'.padEnd(40)} ${'operation'.padEnd(40)} purpose`, ...rows].join('\n');
}
