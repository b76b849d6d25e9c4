import {
  CreateRepositoryCommand,
  ECRClient,
  PutLifecyclePolicyCommand,
  PutRegistryScanningConfigurationCommand,
  SetRepositoryPolicyCommand,
} from '@aws-sdk/client-ecr';
import { beforeAll, describe, expect, it } from 'vitest';
import lifecycle from '../../../checks/ecr/lifecycle-policy-configured.js';
import scanning from '../../../checks/ecr/image-scanning-enabled.js';
import policyPublic from '../../../checks/ecr/repository-policy-not-public.js';
import immutability from '../../../checks/ecr/tag-immutability-enabled.js';
import { motoInventory, seedClient } from '../../harness/moto-account.js';
import { runCheck } from '../../harness/run-check.js';

const ACCOUNT = '310000000001';
const REGION = 'eu-west-1';
const BASIC_REGION = 'eu-central-1';

beforeAll(async () => {
  const ecr = seedClient(ECRClient, ACCOUNT, REGION);
  await ecr.send(new CreateRepositoryCommand({ repositoryName: 'payments-api', imageTagMutability: 'IMMUTABLE', imageScanningConfiguration: { scanOnPush: true } }));
  await ecr.send(new CreateRepositoryCommand({ repositoryName: 'web', imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION', imageTagMutabilityExclusionFilters: [{ filterType: 'WILDCARD', filter: 'latest' }] }));
  await ecr.send(new CreateRepositoryCommand({ repositoryName: 'legacy-tools' }));
  await ecr.send(new PutLifecyclePolicyCommand({
    repositoryName: 'payments-api',
    lifecyclePolicyText: JSON.stringify({ rules: [{ rulePriority: 1, description: 'untagged', selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 7 }, action: { type: 'expire' } }] }),
  }));
  await ecr.send(new SetRepositoryPolicyCommand({
    repositoryName: 'legacy-tools',
    policyText: JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'AnyonePull', Effect: 'Allow', Principal: '*', Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'] }] }),
  }));
  await ecr.send(new SetRepositoryPolicyCommand({
    repositoryName: 'web',
    policyText: JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'OrgPull', Effect: 'Allow', Principal: '*', Action: ['ecr:BatchGetImage'], Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123def4' } } }] }),
  }));
  // Enhanced scanning (Inspector) of the payments-* repositories only: web matches no rule.
  await ecr.send(new PutRegistryScanningConfigurationCommand({ scanType: 'ENHANCED', rules: [{ scanFrequency: 'CONTINUOUS_SCAN', repositoryFilters: [{ filter: 'payments-*', filterType: 'WILDCARD' }, { filter: 'legacy', filterType: 'WILDCARD' }] }] }));

  // A region left at the default basic scanning: the repository-level scan on push decides.
  const basic = seedClient(ECRClient, ACCOUNT, BASIC_REGION);
  await basic.send(new CreateRepositoryCommand({ repositoryName: 'scanned', imageScanningConfiguration: { scanOnPush: true } }));
  await basic.send(new CreateRepositoryCommand({ repositoryName: 'unscanned' }));
});

describe('ECR against moto', () => {
  it('judges every repository once; each operation is called once per input', async () => {
    const { inventory, stats } = motoInventory(ACCOUNT);
    const verdicts = async (check: typeof scanning | typeof immutability, region = REGION) =>
      Object.fromEntries((await runCheck(check as typeof scanning, { region, inventory, account: ACCOUNT })).map((f) => [f.resource.id, f.status]));
    // "legacy" has no wildcard: it matches names containing it (legacy-tools).
    expect(await verdicts(scanning)).toEqual({ 'payments-api': 'PASS', web: 'FAIL', 'legacy-tools': 'PASS' });
    expect(await verdicts(scanning, BASIC_REGION)).toEqual({ scanned: 'PASS', unscanned: 'FAIL' });
    expect(await verdicts(immutability)).toEqual({ 'payments-api': 'PASS', web: 'PASS', 'legacy-tools': 'FAIL' });
    expect(await verdicts(policyPublic)).toEqual({ 'payments-api': 'PASS', web: 'PASS', 'legacy-tools': 'FAIL' });
    expect(await verdicts(lifecycle)).toEqual({ 'payments-api': 'PASS', web: 'FAIL', 'legacy-tools': 'FAIL' });
    expect(stats.repeated.size).toBe(0);
    expect(stats.byOperation.get('ecr:DescribeRepositories')).toBe(2); // one per region
    expect(stats.byOperation.get('ecr:GetRegistryScanningConfiguration')).toBe(2);
  });

  it('the public statement is the evidence', async () => {
    const { inventory } = motoInventory(ACCOUNT);
    const findings = await runCheck(policyPublic, { region: REGION, inventory, account: ACCOUNT });
    expect(findings.find((f) => f.resource.id === 'legacy-tools')).toMatchObject({
      status: 'FAIL',
      resource: { arn: `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/legacy-tools` },
      evidence: { publicStatements: [expect.objectContaining({ Sid: 'AnyonePull' })] },
    });
  });
});
