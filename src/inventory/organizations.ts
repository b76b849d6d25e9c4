import { DescribeOrganizationCommand, type Organization } from '@aws-sdk/client-organizations';
import type { Aws } from '../aws/call.js';
import { memo } from './memo.js';

export type OrganizationInfo = Pick<Organization, 'Id' | 'Arn' | 'MasterAccountId' | 'FeatureSet'>;

/** Memoized AWS Organizations data sets of one account. */
export function organizationsInventory(aws: Aws) {
  return {
    /**
     * The organization the account belongs to (any member may ask); null when the account is in none
     * (AWSOrganizationsNotInUseException). Organizations is a global service, asked in the partition's
     * global region.
     */
    organization: memo(async (): Promise<OrganizationInfo | null> => {
      const out = await aws.sendOptional('organizations', aws.globalRegion, new DescribeOrganizationCommand({}), ['AWSOrganizationsNotInUseException']);
      const o = out?.Organization;
      if (!o) return null;
      return { Id: o.Id, Arn: o.Arn, MasterAccountId: o.MasterAccountId, FeatureSet: o.FeatureSet };
    }),
  };
}

export type OrganizationsInventory = ReturnType<typeof organizationsInventory>;
