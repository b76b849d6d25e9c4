import { DescribeRepositoriesCommand, ECRClient, GetLifecyclePolicyCommand, GetRegistryScanningConfigurationCommand, GetRepositoryPolicyCommand, ListTagsForResourceCommand } from '@aws-sdk/client-ecr';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { InventoryError } from '../../src/aws/errors.js';
import { awsError, createTestInventory } from '../harness/aws.js';
import { policyText, repo } from '../checks/ecr/fixtures.js';

const ecr = mockClient(ECRClient);
beforeEach(() => ecr.reset());

describe('ecr inventory', () => {
  it('repositories(region) follows nextToken with pages of 1000, once under concurrent callers, in the region asked', async () => {
    ecr.on(DescribeRepositoriesCommand, { maxResults: 1000 }).resolves({ repositories: [repo('a')], nextToken: 't1' });
    ecr.on(DescribeRepositoriesCommand, { maxResults: 1000, nextToken: 't1' }).resolves({ repositories: [repo('b')] });
    const { inventory } = createTestInventory();
    const [x, y] = await Promise.all([inventory.ecr.repositories('eu-west-1'), inventory.ecr.repositories('eu-west-1')]);
    expect(x).toBe(y);
    expect(x.map((r) => r.repositoryName)).toEqual(['a', 'b']);
    const calls = ecr.commandCalls(DescribeRepositoriesCommand);
    expect(calls).toHaveLength(2);
    expect(await (calls[0]!.thisValue as ECRClient).config.region()).toBe('eu-west-1');
  });

  it('repositoryPolicy: parsed; RepositoryPolicyNotFoundException → null; unparseable → invalid-data; denied → InventoryError naming the action', async () => {
    ecr.on(GetRepositoryPolicyCommand, { repositoryName: 'a' }).resolves({ policyText: policyText([{ Sid: 'x', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: 'ecr:BatchGetImage' }]) });
    ecr.on(GetRepositoryPolicyCommand, { repositoryName: 'none' }).rejects(awsError('RepositoryPolicyNotFoundException'));
    ecr.on(GetRepositoryPolicyCommand, { repositoryName: 'bad' }).resolves({ policyText: '{' });
    ecr.on(GetRepositoryPolicyCommand, { repositoryName: 'denied' }).rejects(awsError('AccessDeniedException'));
    const { inventory } = createTestInventory();
    expect((await inventory.ecr.repositoryPolicy('us-east-1', 'a'))!.Statement).toMatchObject([{ Sid: 'x', Effect: 'Allow' }]);
    expect(await inventory.ecr.repositoryPolicy('us-east-1', 'none')).toBeNull();
    await expect(inventory.ecr.repositoryPolicy('us-east-1', 'bad')).rejects.toMatchObject({ kind: 'invalid-data', iamAction: 'ecr:GetRepositoryPolicy' });
    const denied = await inventory.ecr.repositoryPolicy('us-east-1', 'denied').catch((e: unknown) => e);
    expect(denied).toBeInstanceOf(InventoryError);
    expect(denied).toMatchObject({ iamAction: 'ecr:GetRepositoryPolicy' });
    await inventory.ecr.repositoryPolicy('us-east-1', 'denied').catch(() => undefined);
    expect(ecr.commandCalls(GetRepositoryPolicyCommand, { repositoryName: 'denied' })).toHaveLength(1);
  });

  it('lifecyclePolicy: the policy without $metadata; LifecyclePolicyNotFoundException → null', async () => {
    ecr.on(GetLifecyclePolicyCommand, { repositoryName: 'a' }).resolves({ repositoryName: 'a', lifecyclePolicyText: '{"rules":[]}', $metadata: {} });
    ecr.on(GetLifecyclePolicyCommand, { repositoryName: 'none' }).rejects(awsError('LifecyclePolicyNotFoundException'));
    const { inventory } = createTestInventory();
    const policy = await inventory.ecr.lifecyclePolicy('us-east-1', 'a');
    expect(policy).toMatchObject({ lifecyclePolicyText: '{"rules":[]}' });
    expect(policy).not.toHaveProperty('$metadata');
    expect(await inventory.ecr.lifecyclePolicy('us-east-1', 'none')).toBeNull();
  });

  it('registryScanningConfiguration: the configuration, once per region; an answer without a scan type is invalid-data; denied names the action', async () => {
    ecr.on(GetRegistryScanningConfigurationCommand).resolves({ registryId: '111122223333', scanningConfiguration: { scanType: 'ENHANCED', rules: [] } });
    const { inventory } = createTestInventory();
    expect(await inventory.ecr.registryScanningConfiguration('us-east-1')).toEqual({ scanType: 'ENHANCED', rules: [] });
    await inventory.ecr.registryScanningConfiguration('us-east-1');
    expect(ecr.commandCalls(GetRegistryScanningConfigurationCommand)).toHaveLength(1);

    ecr.reset();
    ecr.on(GetRegistryScanningConfigurationCommand).resolves({ registryId: '111122223333' });
    await expect(createTestInventory().inventory.ecr.registryScanningConfiguration('us-east-1')).rejects.toMatchObject({ kind: 'invalid-data', iamAction: 'ecr:GetRegistryScanningConfiguration' });
    ecr.reset();
    ecr.on(GetRegistryScanningConfigurationCommand).rejects(awsError('AccessDeniedException'));
    await expect(createTestInventory().inventory.ecr.registryScanningConfiguration('us-east-1')).rejects.toMatchObject({ iamAction: 'ecr:GetRegistryScanningConfiguration' });
  });
  it('repositoryTags: the tag list, [] when the repository has none, asked once per repository; denied → InventoryError naming the action', async () => {
    ecr.on(ListTagsForResourceCommand, { resourceArn: repo('a').repositoryArn }).resolves({ tags: [{ Key: 'data-classification', Value: 'confidential' }] });
    ecr.on(ListTagsForResourceCommand, { resourceArn: repo('b').repositoryArn }).resolves({});
    ecr.on(ListTagsForResourceCommand, { resourceArn: repo('c').repositoryArn }).rejects(awsError('AccessDeniedException'));
    const { inventory } = createTestInventory();
    expect(await inventory.ecr.repositoryTags('us-east-1', repo('a').repositoryArn!)).toEqual([{ Key: 'data-classification', Value: 'confidential' }]);
    await inventory.ecr.repositoryTags('us-east-1', repo('a').repositoryArn!);
    expect(await inventory.ecr.repositoryTags('us-east-1', repo('b').repositoryArn!)).toEqual([]);
    await expect(inventory.ecr.repositoryTags('us-east-1', repo('c').repositoryArn!)).rejects.toMatchObject({ kind: 'denied', iamAction: 'ecr:ListTagsForResource' });
    expect(ecr.commandCalls(ListTagsForResourceCommand)).toHaveLength(3);
  });
});
