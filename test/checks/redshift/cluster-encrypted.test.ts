import { DescribeClustersCommand, RedshiftClient } from '@aws-sdk/client-redshift';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/redshift/cluster-encrypted.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { cluster } from './fixtures.js';

const rs = mockClient(RedshiftClient);
beforeEach(() => rs.reset());
const R = { region: 'eu-west-1' };

describe('redshift.cluster-encrypted', () => {
  it('PASS and FAIL per cluster; a missing field is not PASS', async () => {
    rs.on(DescribeClustersCommand).resolves({
      Clusters: [cluster('a-enc', { KmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/k' }), cluster('b-plain', { Encrypted: false }), cluster('c-odd', { Encrypted: undefined })],
    });
    expect(await runCheck(check, R)).toMatchObject([
      { status: 'PASS', resource: { id: 'a-enc' }, evidence: { Encrypted: true, KmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/k' } },
      { status: 'FAIL', resource: { id: 'b-plain' }, evidence: { Encrypted: false }, srm: { duty: 'data-encryption' } },
      { status: 'FAIL', resource: { id: 'c-odd' }, evidence: { Encrypted: null } },
    ]);
  });

  it('ERROR naming the permission when DescribeClusters is denied', async () => {
    rs.on(DescribeClustersCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check, R)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('redshift:DescribeClusters') }]);
  });
});
