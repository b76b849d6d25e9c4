/** Redshift cluster references. DescribeClusters returns no cluster ARN (and moto no ClusterNamespaceArn): the ARN is built in the documented format. */
import type { ResourceRef, ScanScope } from '../define.js';

/** `arn:<partition>:redshift:<region>:<account>:cluster:<identifier>` */
export function clusterRef(scope: ScanScope, clusterIdentifier: string): ResourceRef {
  return { arn: `arn:${scope.partition}:redshift:${scope.region}:${scope.account}:cluster:${clusterIdentifier}`, id: clusterIdentifier };
}
