import type { DescribeNotebookInstanceCommandOutput, NotebookInstanceSummary } from '@aws-sdk/client-sagemaker';

/** AWS-shaped answers (SageMaker API reference: DescribeNotebookInstance); AWS returns DirectInternetAccess and RootAccess always. */
export const notebook = (name: string, over: Partial<DescribeNotebookInstanceCommandOutput> = {}): DescribeNotebookInstanceCommandOutput => ({
  $metadata: {},
  NotebookInstanceName: name,
  NotebookInstanceArn: `arn:aws:sagemaker:eu-west-1:111122223333:notebook-instance/${name}`,
  NotebookInstanceStatus: 'InService',
  InstanceType: 'ml.t3.medium',
  RoleArn: 'arn:aws:iam::111122223333:role/notebook',
  DirectInternetAccess: 'Enabled',
  RootAccess: 'Enabled',
  ...over,
});

export const summary = (name: string): NotebookInstanceSummary => ({
  NotebookInstanceName: name,
  NotebookInstanceArn: `arn:aws:sagemaker:eu-west-1:111122223333:notebook-instance/${name}`,
});

/** A hardened notebook: private subnet, no direct internet, no root, customer key. */
export const hardened = { SubnetId: 'subnet-0a1b', SecurityGroups: ['sg-0a1b'], DirectInternetAccess: 'Disabled' as const, RootAccess: 'Disabled' as const, KmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/k' };
