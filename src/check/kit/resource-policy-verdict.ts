/**
 * The verdict of a "resource policy not public" check, the same for every service whose policy
 * comes as a document (SQS queues, SNS topics, Secrets Manager secrets): the reading is
 * src/lib/resource-policy.ts's publicStatements, and the offending statements are the evidence.
 */
import type { PolicyDocument } from '../../lib/iam-policy.js';
import { publicStatements, statementEvidence, type PolicyService } from '../../lib/resource-policy.js';
import type { CheckResult, ResourceRef, ResultBuilder } from '../define.js';

/**
 * PASS when there is no policy (`null`: only identities of the owning account with IAM
 * permissions have access) or no statement is public; FAIL listing the public statements.
 * `what` names the resource in the message ("Queue orders").
 */
export function resourcePolicyVerdict(result: ResultBuilder, ref: ResourceRef, what: string, doc: PolicyDocument | null, service: PolicyService): CheckResult {
  if (!doc) return result.pass(ref, `${what} has no resource-based policy`, { Policy: null, publicStatements: [] });
  const offending = publicStatements(doc, service);
  const evidence = { statementCount: doc.Statement.length, publicStatements: offending.map(statementEvidence) };
  return offending.length
    ? result.fail(ref, `${what} policy has ${offending.length} statement(s) granting access to everyone without a condition that pins the caller`, evidence)
    : result.pass(ref, `${what} policy grants access only to named principals or with conditions that pin the caller`, evidence);
}
