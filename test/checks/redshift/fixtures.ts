import type { Cluster, Parameter } from '@aws-sdk/client-redshift';

/** AWS-shaped answers (Redshift API reference: Cluster). DescribeClusters carries no cluster ARN. */
export const cluster = (id: string, over: Partial<Cluster> = {}): Cluster => ({
  ClusterIdentifier: id,
  NodeType: 'ra3.xlplus',
  ClusterStatus: 'available',
  PubliclyAccessible: false,
  Encrypted: true,
  ClusterParameterGroups: [{ ParameterGroupName: 'default.redshift-1.0', ParameterApplyStatus: 'in-sync' }],
  ...over,
});

export const params = (requireSsl: string | undefined): Parameter[] => [
  { ParameterName: 'enable_user_activity_logging', ParameterValue: 'false', Source: 'engine-default' },
  ...(requireSsl === undefined ? [] : [{ ParameterName: 'require_ssl', ParameterValue: requireSsl, Source: requireSsl === 'false' ? 'engine-default' : 'user' }]),
];

export const arn = (id: string) => `arn:aws:redshift:eu-west-1:111122223333:cluster:${id}`;
