/**
 * CodeBuild, Athena, Glue and EMR against moto: the getters through the real request path, and
 * every check of the four services over a seeded account.
 *
 * Where moto differs from AWS (moto 5.2):
 * - CodeBuild: BatchGetProjects omits environment.privilegedMode and logsConfig unless the project
 *   was created with them (AWS always returns both: privilegedMode false, CloudWatch Logs ENABLED);
 *   such a project is ERROR in codebuild.privileged-mode-disabled and codebuild.logging-enabled,
 *   so this test writes AWS's defaults out. Secondary sources are dropped.
 * - EMR: GetBlockPublicAccessConfiguration answers {} until PutBlockPublicAccessConfiguration (AWS
 *   answers with the default, on with port 22): emr.block-public-access-enabled is ERROR until seeded.
 *   moto keeps one configuration per account across regions (AWS: one per region).
 * - Athena: the "primary" workgroup exists in every region, as in AWS.
 */
import { AthenaClient, CreateWorkGroupCommand } from '@aws-sdk/client-athena';
import { CodeBuildClient, CreateProjectCommand, type CreateProjectCommandInput } from '@aws-sdk/client-codebuild';
import { EMRClient, PutBlockPublicAccessConfigurationCommand } from '@aws-sdk/client-emr';
import { GlueClient, PutDataCatalogEncryptionSettingsCommand } from '@aws-sdk/client-glue';
import { beforeAll, describe, expect, it } from 'vitest';
import athenaEnforced from '../../../checks/athena/workgroup-configuration-enforced.js';
import athenaEncrypted from '../../../checks/athena/workgroup-results-encrypted.js';
import cbLogging from '../../../checks/codebuild/logging-enabled.js';
import cbSecrets from '../../../checks/codebuild/no-plaintext-secrets.js';
import cbPrivileged from '../../../checks/codebuild/privileged-mode-disabled.js';
import cbSource from '../../../checks/codebuild/source-no-credentials.js';
import emrBpa from '../../../checks/emr/block-public-access-enabled.js';
import glueConnections from '../../../checks/glue/connection-passwords-encrypted.js';
import glueCatalog from '../../../checks/glue/data-catalog-encrypted.js';
import type { Check } from '../../../src/check/define.js';
import { motoInventory, seedClient } from '../../harness/moto-account.js';
import { runCheck } from '../../harness/run-check.js';

const ACCOUNT = '520000000001';
const REGION = 'eu-west-1';
/** A second region left as AWS (and moto) create it: nothing seeded. */
const BARE = 'eu-central-1';
/** An account nothing is seeded in. */
const UNSEEDED = '520000000002';
/** AWS's documented example key id: the right format, grants nothing. */
const FAKE_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';

const base = (name: string, over: Partial<CreateProjectCommandInput> = {}): CreateProjectCommandInput => ({
  name,
  source: { type: 'GITHUB', location: `https://github.com/example/${name}.git` },
  artifacts: { type: 'NO_ARTIFACTS' },
  environment: { type: 'LINUX_CONTAINER', image: 'aws/codebuild/standard:7.0', computeType: 'BUILD_GENERAL1_SMALL', privilegedMode: false },
  serviceRole: `arn:aws:iam::${ACCOUNT}:role/codebuild`,
  logsConfig: { cloudWatchLogs: { status: 'ENABLED' } },
  ...over,
});

beforeAll(async () => {
  const cb = seedClient(CodeBuildClient, ACCOUNT, REGION);
  await cb.send(new CreateProjectCommand(base('app')));
  await cb.send(
    new CreateProjectCommand(
      base('legacy', {
        source: { type: 'BITBUCKET', location: 'https://builder:NotARealAppPassword1@bitbucket.org/example/legacy.git' },
        environment: {
          type: 'LINUX_CONTAINER',
          image: 'aws/codebuild/standard:7.0',
          computeType: 'BUILD_GENERAL1_SMALL',
          privilegedMode: true,
          environmentVariables: [{ name: 'AWS_ACCESS_KEY_ID', value: FAKE_KEY_ID, type: 'PLAINTEXT' }, { name: 'STAGE', value: 'prod', type: 'PLAINTEXT' }],
        },
        logsConfig: { cloudWatchLogs: { status: 'DISABLED' }, s3Logs: { status: 'DISABLED' } },
      }),
    ),
  );
  // Created as moto's callers usually do, without AWS's defaults written out.
  await cb.send(new CreateProjectCommand({ ...base('bare'), environment: { type: 'LINUX_CONTAINER', image: 'aws/codebuild/standard:7.0', computeType: 'BUILD_GENERAL1_SMALL' }, logsConfig: undefined }));

  const at = seedClient(AthenaClient, ACCOUNT, REGION);
  await at.send(
    new CreateWorkGroupCommand({
      Name: 'analytics',
      Configuration: { ResultConfiguration: { OutputLocation: 's3://example-athena-results/', EncryptionConfiguration: { EncryptionOption: 'SSE_KMS', KmsKey: `arn:aws:kms:${REGION}:${ACCOUNT}:key/example` } }, EnforceWorkGroupConfiguration: true },
    }),
  );

  await seedClient(GlueClient, ACCOUNT, REGION).send(
    new PutDataCatalogEncryptionSettingsCommand({
      DataCatalogEncryptionSettings: {
        EncryptionAtRest: { CatalogEncryptionMode: 'SSE-KMS', SseAwsKmsKeyId: `arn:aws:kms:${REGION}:${ACCOUNT}:key/example` },
        ConnectionPasswordEncryption: { ReturnConnectionPasswordEncrypted: true, AwsKmsKeyId: `arn:aws:kms:${REGION}:${ACCOUNT}:key/example` },
      },
    }),
  );
  await seedClient(EMRClient, ACCOUNT, REGION).send(
    new PutBlockPublicAccessConfigurationCommand({ BlockPublicAccessConfiguration: { BlockPublicSecurityGroupRules: true, PermittedPublicSecurityGroupRuleRanges: [{ MinRange: 22, MaxRange: 22 }] } }),
  );
});

const statuses = async (check: Check, inventory: ReturnType<typeof motoInventory>['inventory'], region = REGION) =>
  Object.fromEntries((await runCheck(check, { region, inventory, account: ACCOUNT })).map((f) => [f.resource.id, f.status]));

describe('CodeBuild, Athena, Glue and EMR against moto', () => {
  it('CodeBuild: one ListProjects and one BatchGetProjects for the four checks; a project without AWS\'s defaults is ERROR, never PASS', async () => {
    const { inventory, stats } = motoInventory(ACCOUNT);
    expect(await statuses(cbSource, inventory)).toEqual({ app: 'PASS', bare: 'PASS', legacy: 'FAIL' });
    expect(await statuses(cbSecrets, inventory)).toEqual({ app: 'PASS', bare: 'PASS', legacy: 'FAIL' });
    expect(await statuses(cbPrivileged, inventory)).toEqual({ app: 'PASS', bare: 'ERROR', legacy: 'FAIL' });
    expect(await statuses(cbLogging, inventory)).toEqual({ app: 'PASS', bare: 'ERROR', legacy: 'FAIL' });
    const secrets = await runCheck(cbSecrets, { region: REGION, inventory, account: ACCOUNT });
    expect(secrets.find((f) => f.resource.id === 'legacy')).toMatchObject({ evidence: { secretVariables: [{ name: 'AWS_ACCESS_KEY_ID', kinds: ['aws-access-key-id'] }] } });
    expect(JSON.stringify(secrets)).not.toContain(FAKE_KEY_ID);
    expect(stats.byOperation.get('codebuild:ListProjects')).toBe(1);
    expect(stats.byOperation.get('codebuild:BatchGetProjects')).toBe(1);
    expect(stats.repeated.size).toBe(0);
  });

  it('Athena: the seeded workgroup PASSes both checks, the default "primary" FAILs both; one GetWorkGroup per workgroup', async () => {
    const { inventory, stats } = motoInventory(ACCOUNT);
    expect(await statuses(athenaEncrypted, inventory)).toEqual({ analytics: 'PASS', primary: 'FAIL' });
    expect(await statuses(athenaEnforced, inventory)).toEqual({ analytics: 'PASS', primary: 'FAIL' });
    expect(stats.byOperation.get('athena:ListWorkGroups')).toBe(1);
    expect(stats.byOperation.get('athena:GetWorkGroup')).toBe(2);
    expect(stats.repeated.size).toBe(0);
  });

  it('Glue: the seeded region PASSes, the untouched one FAILs (AWS\'s default DISABLED); one call per region', async () => {
    const { inventory, stats } = motoInventory(ACCOUNT);
    expect(await statuses(glueCatalog, inventory)).toEqual({ [`${ACCOUNT}/${REGION}`]: 'PASS' });
    expect(await statuses(glueConnections, inventory)).toEqual({ [`${ACCOUNT}/${REGION}`]: 'PASS' });
    expect(await statuses(glueCatalog, inventory, BARE)).toEqual({ [`${ACCOUNT}/${BARE}`]: 'FAIL' });
    expect(await statuses(glueConnections, inventory, BARE)).toEqual({ [`${ACCOUNT}/${BARE}`]: 'FAIL' });
    expect(stats.byOperation.get('glue:GetDataCatalogEncryptionSettings')).toBe(2);
    expect(stats.repeated.size).toBe(0);
  });

  it('EMR: PASS where block public access was put; ERROR (never PASS) in an account where moto answers {}', async () => {
    const { inventory } = motoInventory(ACCOUNT);
    expect(await statuses(emrBpa, inventory)).toEqual({ [`${ACCOUNT}/${REGION}`]: 'PASS' });
    // moto keeps one configuration per account, whatever the region it was put in (AWS: per region);
    // an account never seeded shows moto's empty answer.
    const fresh = motoInventory(UNSEEDED);
    const bare = await runCheck(emrBpa, { region: REGION, inventory: fresh.inventory, account: UNSEEDED });
    expect(bare).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('BlockPublicSecurityGroupRules') }]);
  });
});
