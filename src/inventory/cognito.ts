import type { UserPoolDescriptionType, UserPoolType } from '@aws-sdk/client-cognito-identity-provider';
import type { Aws } from '../aws/call.js';
import { invalidData } from '../aws/invalid-data.js';
import { memo } from './memo.js';

/** Memoized Cognito user pool data sets of one account. */
export function cognitoInventory(aws: Aws) {
  return {
    /** Every user pool of the region, 60 a page (the API's maximum): ids and names only. */
    userPools: memo((region: string): Promise<UserPoolDescriptionType[]> =>
      aws.paginate('cognitoidp', region, 'ListUserPools', (NextToken) => ({ MaxResults: 60, ...(NextToken ? { NextToken } : {}) }), (o) => ({ items: o.UserPools, next: o.NextToken }))),

    /** One pool's settings (MFA, password policy, threat protection); there is no bulk read. */
    userPool: memo(async (region: string, userPoolId: string): Promise<UserPoolType> => {
      const out = await aws.send('cognitoidp', region, 'DescribeUserPool', { UserPoolId: userPoolId });
      if (!out.UserPool) throw invalidData({ service: 'cognitoidp', operation: 'DescribeUserPool', account: aws.account, region }, `DescribeUserPool answered without a UserPool for ${userPoolId}`);
      return out.UserPool;
    }),
  };
}

export type CognitoInventory = ReturnType<typeof cognitoInventory>;
