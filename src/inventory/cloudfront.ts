import type { DistributionConfig, DistributionSummary } from '@aws-sdk/client-cloudfront';
import type { Aws } from '../aws/call.js';
import { invalidData } from '../aws/invalid-data.js';
import { memo } from './memo.js';

/** Memoized CloudFront data sets of one account (a global service, called in the partition's global region). */
export function cloudfrontInventory(aws: Aws) {
  return {
    /** Every distribution of the account, as ListDistributions summarises it (Id, ARN, DomainName, Status). */
    distributions: memo(
      (): Promise<DistributionSummary[]> =>
        aws.paginate('cloudfront', aws.globalRegion, 'ListDistributions', (Marker) => ({ MaxItems: 1000, ...(Marker ? { Marker } : {}) }), (o) => ({
          items: o.DistributionList?.Items,
          next: o.DistributionList?.IsTruncated ? o.DistributionList.NextMarker : undefined,
        })),
      () => 'all',
    ),

    /**
     * The distribution's full configuration: the summaries do not carry every field the checks read
     * (OriginAccessControlId, Logging), and emulators answer ListDistributions with less still.
     */
    distributionConfig: memo(async (id: string): Promise<DistributionConfig> => {
      const out = await aws.send('cloudfront', aws.globalRegion, 'GetDistributionConfig', { Id: id });
      if (!out.DistributionConfig) throw invalidData({ service: 'cloudfront', operation: 'GetDistributionConfig', account: aws.account, region: aws.globalRegion }, `GetDistributionConfig answered without a DistributionConfig for ${id}`);
      return out.DistributionConfig;
    }),
  };
}

export type CloudfrontInventory = ReturnType<typeof cloudfrontInventory>;
