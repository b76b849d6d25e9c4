/** OpenSearch Service domain references and the answer a domain's fields come from. */
import type { DomainStatus } from '@aws-sdk/client-opensearch';
import type { DataSource } from '../../aws/invalid-data.js';
import type { ResourceRef, ScanScope } from '../define.js';

export function domainRef(d: DomainStatus): ResourceRef {
  return { arn: d.ARN!, id: d.DomainName! };
}

/** DescribeDomains: where every field of a domain comes from (for invalid-data errors). */
export function domainsSource(scope: ScanScope): DataSource {
  return { service: 'opensearch', operation: 'DescribeDomains', account: scope.account, region: scope.region };
}

/** Whether the domain has a VPC endpoint (reachable only from the VPC, through its security groups) rather than a public one. */
export function inVpc(d: DomainStatus): boolean {
  return !!(d.VPCOptions?.VPCId || d.VPCOptions?.SubnetIds?.length);
}
