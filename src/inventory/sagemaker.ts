import type { DescribeNotebookInstanceCommandOutput, NotebookInstanceSummary } from '@aws-sdk/client-sagemaker';
import type { Aws } from '../aws/call.js';
import { memo } from './memo.js';

export type NotebookInstance = Omit<DescribeNotebookInstanceCommandOutput, '$metadata'>;

/** Memoized SageMaker data sets of one account. */
export function sagemakerInventory(aws: Aws) {
  return {
    /** Every notebook instance of the region, 100 a page (the API's maximum). */
    notebookInstances: memo((region: string): Promise<NotebookInstanceSummary[]> =>
      aws.paginate('sagemaker', region, 'ListNotebookInstances', (NextToken) => ({ MaxResults: 100, ...(NextToken ? { NextToken } : {}) }), (o) => ({ items: o.NotebookInstances, next: o.NextToken }))),

    /**
     * One notebook instance's settings: the summaries carry none of direct internet access, root
     * access, subnet or KMS key, and there is no bulk Describe.
     */
    notebookInstance: memo(async (region: string, name: string): Promise<NotebookInstance> => {
      const { $metadata: _m, ...nb } = await aws.send('sagemaker', region, 'DescribeNotebookInstance', { NotebookInstanceName: name });
      return nb;
    }),
  };
}

export type SagemakerInventory = ReturnType<typeof sagemakerInventory>;
