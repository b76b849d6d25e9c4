import type { Account, Organization, Tag } from '@aws-sdk/client-organizations';
import type { Aws } from '../aws/call.js';
import { memo } from './memo.js';

export type OrganizationInfo = Pick<Organization, 'Id' | 'Arn' | 'MasterAccountId' | 'FeatureSet'>;
export type OrganizationAccount = Pick<Account, 'Id' | 'Arn' | 'Name' | 'Status' | 'State'>;

const account = (a: Account): OrganizationAccount => ({ Id: a.Id, Arn: a.Arn, Name: a.Name, Status: a.Status, State: a.State });

/** Memoized AWS Organizations data sets of one account. */
export function organizationsInventory(aws: Aws) {
  return {
    /**
     * The organization the account belongs to (any member may ask); null when the account is in none
     * (AWSOrganizationsNotInUseException). Organizations is a global service, asked in the partition's
     * global region.
     */
    organization: memo(async (): Promise<OrganizationInfo | null> => {
      const out = await aws.sendOptional('organizations', aws.globalRegion, 'DescribeOrganization', {}, ['AWSOrganizationsNotInUseException']);
      const o = out?.Organization;
      if (!o) return null;
      return { Id: o.Id, Arn: o.Arn, MasterAccountId: o.MasterAccountId, FeatureSet: o.FeatureSet };
    }),

    /** Every account of the organization, any state (management or delegated administrator account only). */
    accounts: memo(
      async (): Promise<OrganizationAccount[]> =>
        (await aws.paginate('organizations', aws.globalRegion, 'ListAccounts', (NextToken) => ({ ...(NextToken ? { NextToken } : {}) }), (o) => ({ items: o.Accounts, next: o.NextToken }))).map(account),
    ),

    /** The accounts directly under a root or OU (not recursive). */
    accountsForParent: memo(
      async (parentId: string): Promise<OrganizationAccount[]> =>
        (await aws.paginate('organizations', aws.globalRegion, 'ListAccountsForParent', (NextToken) => ({ ParentId: parentId, ...(NextToken ? { NextToken } : {}) }), (o) => ({ items: o.Accounts, next: o.NextToken }))).map(account),
    ),

    /** The ids of the OUs directly under a root or OU (not recursive). */
    childOus: memo(
      async (parentId: string): Promise<string[]> =>
        (await aws.paginate('organizations', aws.globalRegion, 'ListChildren', (NextToken) => ({ ParentId: parentId, ChildType: 'ORGANIZATIONAL_UNIT', ...(NextToken ? { NextToken } : {}) }), (o) => ({ items: o.Children, next: o.NextToken })))
          .map((c) => c.Id ?? '')
          .filter(Boolean),
    ),

    /** The tags of an account (or OU, root, policy), by resource id. */
    tags: memo(
      async (resourceId: string): Promise<Tag[]> =>
        aws.paginate('organizations', aws.globalRegion, 'ListTagsForResource', (NextToken) => ({ ResourceId: resourceId, ...(NextToken ? { NextToken } : {}) }), (o) => ({ items: o.Tags, next: o.NextToken })),
    ),
  };
}

export type OrganizationsInventory = ReturnType<typeof organizationsInventory>;
