import type { ContainerDefinition, TaskDefinition } from '@aws-sdk/client-ecs';
import type { CheckContext, CheckResult, ResourceRef, ScanScope } from '../define.js';

/**
 * A task definition family's resource: `arn:<partition>:ecs:<region>:<account>:task-definition/<family>`.
 * The family, not the revision, so a finding keeps its id when a new revision is registered (a diff
 * then shows it resolved, not as one finding gone and another new). The judged revision's ARN is
 * in the evidence.
 */
export function taskDefinitionRef(scope: Pick<ScanScope, 'partition' | 'region' | 'account'>, family: string): ResourceRef {
  return { arn: `arn:${scope.partition}:ecs:${scope.region}:${scope.account}:task-definition/${family}`, id: family };
}

/** Whether ECS runs the task definition's containers on Windows (runtimePlatform.operatingSystemFamily WINDOWS_*). */
export function isWindowsTaskDefinition(td: TaskDefinition): boolean {
  return (td.runtimePlatform?.operatingSystemFamily ?? '').startsWith('WINDOWS');
}

/**
 * Judges the latest ACTIVE revision of every task definition family of the region: one
 * ListTaskDefinitionFamilies, then one DescribeTaskDefinition per family (shared by every ECS task
 * definition check). Older revisions, and older revisions still run by services, are not judged.
 * A family that could not be described is ERROR for that family only. `judge` returns undefined
 * for a task definition the check does not apply to (no finding).
 */
export async function judgeLatestTaskDefinitions(
  ctx: Pick<CheckContext, 'scope' | 'inventory' | 'result'>,
  judge: (td: TaskDefinition, ref: ResourceRef) => CheckResult | undefined,
): Promise<CheckResult[]> {
  const { scope, inventory, result } = ctx;
  const families = await inventory.ecs.taskDefinitionFamilies(scope.region);
  return result.forEach(families, (f) => taskDefinitionRef(scope, f), async (family) => {
    const td = await inventory.ecs.latestTaskDefinition(scope.region, family);
    return judge(td, taskDefinitionRef(scope, family)) ?? [];
  });
}

/** Container names matching a predicate, for evidence. */
export function containersWhere(td: TaskDefinition, pred: (c: ContainerDefinition) => boolean): string[] {
  return (td.containerDefinitions ?? []).filter(pred).map((c) => c.name ?? '');
}
