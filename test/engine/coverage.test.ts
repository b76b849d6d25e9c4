import { GetResourcesCommand, ResourceGroupsTaggingAPIClient } from '@aws-sdk/client-resource-groups-tagging-api';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ResolvedCheck } from '../../src/check/define.js';
import { discoverCoverage } from '../../src/engine/coverage.js';
import { arnService, isJudged } from '../../src/lib/service-coverage.js';
import { buildFinding } from '../../src/result/finding.js';
import { summarize } from '../../src/result/result.js';
import { builtinChecks } from '../../checks/index.js';
import { resolveCheck } from '../../src/check/registry.js';
import { awsError, createTestInventory, TEST_ACCOUNT } from '../harness/aws.js';

const tagging = mockClient(ResourceGroupsTaggingAPIClient);
beforeEach(() => tagging.reset());

const checksOf = (...services: string[]): ResolvedCheck[] =>
  builtinChecks.filter((c) => services.includes(c.service)).map((c) => resolveCheck(c, 'builtin'));

const arn = (service: string, rest: string, region = 'eu-west-1') => ({ ResourceARN: `arn:aws:${service}:${region}:${TEST_ACCOUNT}:${rest}` });

describe('service coverage', () => {
  it('names the services holding resources that no selected check judges, per account and region', async () => {
    tagging.on(GetResourcesCommand).resolves({
      ResourceTagMappingList: [arn('s3', 'b'), arn('states', 'stateMachine:orders'), arn('states', 'stateMachine:refunds'), arn('kinesis', 'stream/clicks'), arn('ec2', 'instance/i-1')],
    });
    const { inventory } = createTestInventory();
    const { coverage, findings } = await discoverCoverage([{ account: TEST_ACCOUNT, partition: 'aws', regions: ['eu-west-1'], inventory }], checksOf('s3'));
    expect(findings).toEqual([]);
    expect(coverage.regions).toEqual([{ account: TEST_ACCOUNT, region: 'eu-west-1', status: 'discovered', services: { ec2: 1, kinesis: 1, s3: 1, states: 2 } }]);
    // s3 is judged by the s3 checks; ec2 has checks, but none was selected in this scan.
    expect(coverage.unjudged.map((u) => `${u.service}:${u.resources}`)).toEqual(['ec2:1', 'kinesis:1', 'states:2']);
  });

  it('a region whose resources cannot be listed is an ERROR finding naming the permission, never silence', async () => {
    tagging.on(GetResourcesCommand).rejects(awsError('AccessDeniedException'));
    const { inventory } = createTestInventory();
    const { coverage, findings } = await discoverCoverage([{ account: TEST_ACCOUNT, partition: 'aws', regions: ['us-east-1'], inventory }], checksOf('s3'));
    expect(coverage.regions[0]).toMatchObject({ status: 'error' });
    expect(coverage.unjudged).toEqual([]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ checkId: 'tagging.service-discovery', status: 'ERROR', region: 'us-east-1', evidence: { iamAction: 'tag:GetResources' } });
  });

  it('reads the service of an ARN; elasticloadbalancing is judged by either ELB check service', () => {
    expect(arnService('arn:aws:es:eu-west-1:1:domain/x')).toBe('es');
    expect(arnService('not-an-arn')).toBe('');
    expect(isJudged('elasticloadbalancing', new Set(['elb']))).toBe(true);
    expect(isJudged('es', new Set(['opensearch']))).toBe(true);
    expect(isJudged('states', new Set(['lambda']))).toBe(false);
  });
});

describe('what a met duty covers', () => {
  it('lists, per duty, the services whose checks gave a verdict (not the ones that only errored)', () => {
    const [iam, ec2] = ['iam.password-policy-min-length', 'ec2.ebs-default-encryption'].map((id) => resolveCheck(builtinChecks.find((c) => c.id === id)!, 'builtin'));
    const scope = { account: TEST_ACCOUNT, region: 'us-east-1', partition: 'aws' };
    const finding = (check: ResolvedCheck, status: 'PASS' | 'FAIL' | 'ERROR') => buildFinding(check, scope, { status, resource: { arn: `arn:aws:${check.service}::${TEST_ACCOUNT}:x`, id: 'x' }, message: status });
    const summary = summarize([finding(iam!, 'PASS'), finding(ec2!, 'ERROR')]);
    expect(summary.duty[iam!.duty].services).toEqual(['iam']);
    expect(summary.duty[ec2!.duty].services).toEqual([]);
    expect(summary.duty[ec2!.duty].status).toBe('unknown');
  });
});
