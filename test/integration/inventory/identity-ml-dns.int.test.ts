/**
 * Cognito user pools, SageMaker notebook instances and Route 53 against moto: the getters through
 * the real request path, and every check of the three services over a seeded account.
 *
 * Where moto differs from AWS (moto 5.2):
 * - SageMaker: DescribeNotebookInstance omits RootAccess unless the notebook was created with it
 *   (AWS always returns it, default Enabled): sagemaker.notebook-root-access-disabled is ERROR for
 *   such a notebook, never PASS.
 * - Cognito: DescribeUserPool omits UserPoolAddOns unless set, as AWS does for a pool that never had
 *   threat protection; the check reads that as off.
 * - Route 53: CreateQueryLoggingConfig finds the log group only by the ":*"-suffixed ARN that
 *   DescribeLogGroups returns (AWS also takes the bare log-group ARN).
 */
import { CognitoIdentityProviderClient, CreateUserPoolCommand, SetUserPoolMfaConfigCommand } from '@aws-sdk/client-cognito-identity-provider';
import { CloudWatchLogsClient, CreateLogGroupCommand } from '@aws-sdk/client-cloudwatch-logs';
import { CreateHostedZoneCommand, CreateQueryLoggingConfigCommand, Route53Client } from '@aws-sdk/client-route-53';
import { CreateNotebookInstanceCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { beforeAll, describe, expect, it } from 'vitest';
import cgMfa from '../../../checks/cognito/user-pool-mfa-required.js';
import cgPassword from '../../../checks/cognito/user-pool-password-policy.js';
import cgThreat from '../../../checks/cognito/user-pool-threat-protection-enforced.js';
import r53Logging from '../../../checks/route53/public-zone-query-logging.js';
import smVpc from '../../../checks/sagemaker/notebook-in-vpc.js';
import smKms from '../../../checks/sagemaker/notebook-kms-encrypted.js';
import smInternet from '../../../checks/sagemaker/notebook-no-direct-internet.js';
import smRoot from '../../../checks/sagemaker/notebook-root-access-disabled.js';
import type { Check } from '../../../src/check/define.js';
import { motoInventory, seedClient } from '../../harness/moto-account.js';
import { runCheck } from '../../harness/run-check.js';

const ACCOUNT = '520000000003';
const REGION = 'eu-west-1';
const pools: Record<string, string> = {};
const zones: Record<string, string> = {};

beforeAll(async () => {
  const cg = seedClient(CognitoIdentityProviderClient, ACCOUNT, REGION);
  const strong = await cg.send(
    new CreateUserPoolCommand({
      PoolName: 'customers',
      Policies: { PasswordPolicy: { MinimumLength: 14, RequireUppercase: true, RequireLowercase: true, RequireNumbers: true, RequireSymbols: true, TemporaryPasswordValidityDays: 3 } },
      UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
    }),
  );
  pools.strong = strong.UserPool!.Id!;
  await cg.send(new SetUserPoolMfaConfigCommand({ UserPoolId: pools.strong, SoftwareTokenMfaConfiguration: { Enabled: true }, MfaConfiguration: 'ON' }));
  pools.weak = (await cg.send(new CreateUserPoolCommand({ PoolName: 'staff', MfaConfiguration: 'OFF', UserPoolAddOns: { AdvancedSecurityMode: 'AUDIT' } }))).UserPool!.Id!;

  const sm = seedClient(SageMakerClient, ACCOUNT, REGION);
  const role = `arn:aws:iam::${ACCOUNT}:role/notebook`;
  await sm.send(
    new CreateNotebookInstanceCommand({
      NotebookInstanceName: 'research',
      InstanceType: 'ml.t3.medium',
      RoleArn: role,
      SubnetId: 'subnet-0a1b2c3d',
      SecurityGroupIds: ['sg-0a1b2c3d'],
      DirectInternetAccess: 'Disabled',
      RootAccess: 'Disabled',
      KmsKeyId: `arn:aws:kms:${REGION}:${ACCOUNT}:key/example`,
    }),
  );
  await sm.send(new CreateNotebookInstanceCommand({ NotebookInstanceName: 'scratch', InstanceType: 'ml.t3.medium', RoleArn: role, RootAccess: 'Enabled' }));
  await sm.send(new CreateNotebookInstanceCommand({ NotebookInstanceName: 'defaults', InstanceType: 'ml.t3.medium', RoleArn: role }));

  const r53 = seedClient(Route53Client, ACCOUNT, 'us-east-1');
  const id = (z: { HostedZone?: { Id?: string } }) => z.HostedZone!.Id!.replace('/hostedzone/', '');
  zones.logged = id(await r53.send(new CreateHostedZoneCommand({ Name: 'example.com', CallerReference: 'logged' })));
  zones.quiet = id(await r53.send(new CreateHostedZoneCommand({ Name: 'example.org', CallerReference: 'quiet' })));
  zones.private = id(await r53.send(new CreateHostedZoneCommand({ Name: 'corp.internal', CallerReference: 'private', HostedZoneConfig: { PrivateZone: true }, VPC: { VPCRegion: REGION, VPCId: 'vpc-0a1b2c3d' } })));
  const logGroup = '/aws/route53/example.com';
  await seedClient(CloudWatchLogsClient, ACCOUNT, 'us-east-1').send(new CreateLogGroupCommand({ logGroupName: logGroup }));
  await r53.send(new CreateQueryLoggingConfigCommand({ HostedZoneId: zones.logged, CloudWatchLogsLogGroupArn: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:${logGroup}:*` }));
});

const statuses = async (check: Check, inventory: ReturnType<typeof motoInventory>['inventory']) =>
  Object.fromEntries((await runCheck(check, { region: REGION, inventory, account: ACCOUNT })).map((f) => [f.resource.id, f.status]));

describe('Cognito, SageMaker and Route 53 against moto', () => {
  it('Cognito: the hardened pool PASSes all three checks, the default-ish one FAILs them; one DescribeUserPool per pool', async () => {
    const { inventory, stats } = motoInventory(ACCOUNT);
    expect(await statuses(cgMfa, inventory)).toEqual({ [pools.strong!]: 'PASS', [pools.weak!]: 'FAIL' });
    expect(await statuses(cgThreat, inventory)).toEqual({ [pools.strong!]: 'PASS', [pools.weak!]: 'FAIL' });
    expect(await statuses(cgPassword, inventory)).toEqual({ [pools.strong!]: 'PASS', [pools.weak!]: 'FAIL' });
    expect(stats.byOperation.get('cognitoidp:ListUserPools')).toBe(1);
    expect(stats.byOperation.get('cognitoidp:DescribeUserPool')).toBe(2);
    expect(stats.repeated.size).toBe(0);
  });

  it('SageMaker: per notebook; RootAccess missing from moto\'s answer is ERROR, never PASS; one Describe per notebook', async () => {
    const { inventory, stats } = motoInventory(ACCOUNT);
    expect(await statuses(smInternet, inventory)).toEqual({ research: 'PASS', scratch: 'FAIL', defaults: 'FAIL' });
    expect(await statuses(smRoot, inventory)).toEqual({ research: 'PASS', scratch: 'FAIL', defaults: 'ERROR' });
    expect(await statuses(smVpc, inventory)).toEqual({ research: 'PASS', scratch: 'FAIL', defaults: 'FAIL' });
    expect(await statuses(smKms, inventory)).toEqual({ research: 'PASS', scratch: 'FAIL', defaults: 'FAIL' });
    expect(stats.byOperation.get('sagemaker:ListNotebookInstances')).toBe(1);
    expect(stats.byOperation.get('sagemaker:DescribeNotebookInstance')).toBe(3);
    expect(stats.repeated.size).toBe(0);
  });

  it('Route 53: the logged public zone PASSes, the other FAILs, the private one is not judged; two listings in all', async () => {
    const { inventory, stats } = motoInventory(ACCOUNT);
    expect(await statuses(r53Logging, inventory)).toEqual({ [zones.logged!]: 'PASS', [zones.quiet!]: 'FAIL' });
    expect(stats.byOperation.get('route53:ListHostedZones')).toBe(1);
    expect(stats.byOperation.get('route53:ListQueryLoggingConfigs')).toBe(1);
    expect(stats.repeated.size).toBe(0);
  });
});
