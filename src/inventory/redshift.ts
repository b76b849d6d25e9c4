import type { Cluster, DescribeLoggingStatusCommandOutput, Parameter } from '@aws-sdk/client-redshift';
import type { Aws } from '../aws/call.js';
import { memo } from './memo.js';

export type RedshiftLoggingStatus = Omit<DescribeLoggingStatusCommandOutput, '$metadata'>;

/** Memoized Redshift data sets of one account. */
export function redshiftInventory(aws: Aws) {
  return {
    /** Every provisioned cluster of the region, 100 a page (the API's maximum). */
    clusters: memo((region: string): Promise<Cluster[]> =>
      aws.paginate('redshift', region, 'DescribeClusters', (Marker) => ({ MaxRecords: 100, ...(Marker ? { Marker } : {}) }), (o) => ({ items: o.Clusters, next: o.Marker }))),

    /** Whether the cluster delivers audit logs, and where (S3 bucket or CloudWatch Logs). */
    loggingStatus: memo(async (region: string, clusterIdentifier: string): Promise<RedshiftLoggingStatus> => {
      const { $metadata: _m, ...status } = await aws.send('redshift', region, 'DescribeLoggingStatus', { ClusterIdentifier: clusterIdentifier });
      return status;
    }),

    /** The parameters of one cluster parameter group (asked once per group, however many clusters use it). */
    clusterParameters: memo((region: string, parameterGroupName: string): Promise<Parameter[]> =>
      aws.paginate(
        'redshift',
        region,
        'DescribeClusterParameters', (Marker) => ({ ParameterGroupName: parameterGroupName, MaxRecords: 100, ...(Marker ? { Marker } : {}) }),
        (o) => ({ items: o.Parameters, next: o.Marker }),
      )),
  };
}

export type RedshiftInventory = ReturnType<typeof redshiftInventory>;
