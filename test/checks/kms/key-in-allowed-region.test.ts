import { KMSClient, ListKeysCommand } from '@aws-sdk/client-kms';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/kms/key-in-allowed-region.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const kms = mockClient(KMSClient);
beforeEach(() => kms.reset());
const allowedRegions = ['eu-west-1'];
const key = (region: string, id: string) => ({ KeyId: id, KeyArn: `arn:aws:kms:${region}:111122223333:key/${id}` });

describe('kms.key-in-allowed-region', () => {
  it('PASS in an allowed region, FAIL outside (no DescribeKey needed)', async () => {
    kms.on(ListKeysCommand).resolves({ Keys: [key('eu-west-1', 'k1')] });
    expect(await runCheck(check, { region: 'eu-west-1', options: { allowedRegions } })).toMatchObject([{ status: 'PASS', resource: { id: 'k1' }, srm: { duty: 'data-residency' } }]);
    kms.on(ListKeysCommand).resolves({ Keys: [key('ap-south-1', 'k2')] });
    expect(await runCheck(check, { region: 'ap-south-1', options: { allowedRegions } })).toMatchObject([{ status: 'FAIL', resource: { arn: key('ap-south-1', 'k2').KeyArn } }]);
  });

  it('reports nothing and asks nothing when allowedRegions is not configured', async () => {
    expect(await runCheck(check, { region: 'us-east-1' })).toEqual([]);
    expect(kms.commandCalls(ListKeysCommand)).toHaveLength(0);
  });

  it('ERROR naming the permission when the list is denied', async () => {
    kms.on(ListKeysCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, { region: 'us-east-1', options: { allowedRegions } })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('kms:ListKeys') }]);
  });
});
