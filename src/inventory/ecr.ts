import type { GetLifecyclePolicyCommandOutput, RegistryScanningConfiguration, Repository, Tag } from '@aws-sdk/client-ecr';
import type { Aws } from '../aws/call.js';
import { invalidData } from '../aws/invalid-data.js';
import { parsePolicyDocument, type PolicyDocument } from '../lib/iam-policy.js';
import { memo } from './memo.js';

export type LifecyclePolicy = Omit<GetLifecyclePolicyCommandOutput, '$metadata'>;

/** Memoized ECR (private registry) data sets of one account. */
export function ecrInventory(aws: Aws) {
  return {
    /** The region's private repositories, 1000 a page (the API's maximum). */
    repositories: memo((region: string): Promise<Repository[]> =>
      aws.paginate('ecr', region, 'DescribeRepositories', (nextToken) => ({ maxResults: 1000, ...(nextToken ? { nextToken } : {}) }), (o) => ({
        items: o.repositories,
        next: o.nextToken,
      }))),

    /**
     * The registry's scanning configuration of the region (scan type and rules). AWS answers BASIC
     * with no rules when none was ever set, so a missing configuration is an answer we cannot judge.
     */
    registryScanningConfiguration: memo(async (region: string): Promise<RegistryScanningConfiguration> => {
      const out = await aws.send('ecr', region, 'GetRegistryScanningConfiguration', {});
      if (!out.scanningConfiguration?.scanType) {
        throw invalidData({ service: 'ecr', operation: 'GetRegistryScanningConfiguration', account: aws.account, region }, 'the answer has no scanningConfiguration.scanType');
      }
      return out.scanningConfiguration;
    }),

    /** The repository's parsed policy; null when it has none (RepositoryPolicyNotFoundException). Unparseable is an error. */
    repositoryPolicy: memo(async (region: string, repositoryName: string): Promise<PolicyDocument | null> => {
      const out = await aws.sendOptional('ecr', region, 'GetRepositoryPolicy', { repositoryName }, ['RepositoryPolicyNotFoundException']);
      if (!out?.policyText) return null;
      try {
        return parsePolicyDocument(out.policyText);
      } catch (err) {
        throw invalidData({ service: 'ecr', operation: 'GetRepositoryPolicy', account: aws.account, region }, `policy of ${repositoryName}: ${(err as Error).message}`, 'InvalidPolicyDocument');
      }
    }),

    /** The repository's tags (Key/Value); an empty list when it has none. */
    repositoryTags: memo(async (region: string, repositoryArn: string): Promise<Tag[]> =>
      (await aws.send('ecr', region, 'ListTagsForResource', { resourceArn: repositoryArn })).tags ?? []),

    /** The repository's lifecycle policy; null when it has none (LifecyclePolicyNotFoundException). */
    lifecyclePolicy: memo(async (region: string, repositoryName: string): Promise<LifecyclePolicy | null> => {
      const out = await aws.sendOptional('ecr', region, 'GetLifecyclePolicy', { repositoryName }, ['LifecyclePolicyNotFoundException']);
      if (!out) return null;
      const { $metadata: _m, ...policy } = out;
      return policy;
    }),
  };
}

export type EcrInventory = ReturnType<typeof ecrInventory>;
