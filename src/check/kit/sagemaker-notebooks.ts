import type { NotebookInstance } from '../../inventory/sagemaker.js';
import { invalidData } from '../../aws/invalid-data.js';
import type { CheckContext, CheckResult, ResourceRef, ScanScope } from '../define.js';

/** `arn:<partition>:sagemaker:<region>:<account>:notebook-instance/<name>` (lower case, as AWS prints it). */
export function notebookInstanceRef(scope: Pick<ScanScope, 'partition' | 'region' | 'account'>, name: string): ResourceRef {
  return { arn: `arn:${scope.partition}:sagemaker:${scope.region}:${scope.account}:notebook-instance/${name.toLowerCase()}`, id: name };
}

/**
 * Judges every notebook instance of the region: one ListNotebookInstances, then one
 * DescribeNotebookInstance per instance, shared by every SageMaker notebook check. An instance
 * that could not be described is ERROR for that instance only.
 */
export async function judgeNotebookInstances(
  ctx: Pick<CheckContext, 'scope' | 'inventory' | 'result'>,
  judge: (nb: NotebookInstance, ref: ResourceRef) => CheckResult,
): Promise<CheckResult[]> {
  const { scope, inventory, result } = ctx;
  const summaries = await inventory.sagemaker.notebookInstances(scope.region);
  const ref = (name: string, arn?: string) => (arn ? { arn, id: name } : notebookInstanceRef(scope, name));
  return result.forEach(summaries, (s) => ref(s.NotebookInstanceName!, s.NotebookInstanceArn), async (s) => {
    const nb = await inventory.sagemaker.notebookInstance(scope.region, s.NotebookInstanceName!);
    return judge(nb, ref(s.NotebookInstanceName!, s.NotebookInstanceArn));
  });
}

/**
 * A setting AWS always returns for a notebook instance ("Enabled" or "Disabled"); missing, the
 * instance is ERROR, never read as either.
 */
export function requiredSetting(scope: ScanScope, nb: NotebookInstance, field: 'DirectInternetAccess' | 'RootAccess'): string {
  const value = nb[field];
  if (!value) throw invalidData({ service: 'sagemaker', operation: 'DescribeNotebookInstance', account: scope.account, region: scope.region }, `notebook instance ${nb.NotebookInstanceName} has no ${field}`);
  return value;
}
