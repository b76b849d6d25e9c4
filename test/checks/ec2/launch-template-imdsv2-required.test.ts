import { DescribeLaunchTemplateVersionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/ec2/launch-template-imdsv2-required.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const ec2 = mockClient(EC2Client);
beforeEach(() => ec2.reset());
const version = (id: string, VersionNumber: number, DefaultVersion: boolean, HttpTokens?: 'required' | 'optional') => ({
  LaunchTemplateId: id, LaunchTemplateName: `${id}-name`, VersionNumber, DefaultVersion, LaunchTemplateData: HttpTokens ? { MetadataOptions: { HttpTokens } } : {},
});

describe('ec2.launch-template-imdsv2-required', () => {
  it('PASS when default and latest require tokens; FAIL when either does not or sets nothing', async () => {
    ec2.on(DescribeLaunchTemplateVersionsCommand, { Versions: ['$Default', '$Latest'] }).resolves({ LaunchTemplateVersions: [
      // A template whose default is its latest is returned once per name.
      version('lt-good', 3, true, 'required'), version('lt-good', 3, true, 'required'),
      version('lt-latest', 1, true, 'required'), version('lt-latest', 2, false, 'optional'),
      version('lt-unset', 1, true), version('lt-unset', 1, true),
    ] });
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([
      { status: 'PASS', resource: { id: 'lt-good', arn: 'arn:aws:ec2:eu-west-1:111122223333:launch-template/lt-good' }, evidence: { versions: [{ VersionNumber: 3, HttpTokens: 'required' }] }, srm: { duty: 'os-hardening' } },
      { status: 'FAIL', resource: { id: 'lt-latest' }, evidence: { versions: [{ VersionNumber: 1, HttpTokens: 'required' }, { VersionNumber: 2, HttpTokens: 'optional' }] } },
      { status: 'FAIL', resource: { id: 'lt-unset' }, evidence: { versions: [{ VersionNumber: 1, HttpTokens: null }] } },
    ]);
  });

  it('follows NextToken pages', async () => {
    ec2.on(DescribeLaunchTemplateVersionsCommand).resolvesOnce({ LaunchTemplateVersions: [version('lt-a', 1, true, 'required')], NextToken: 't' })
      .resolvesOnce({ LaunchTemplateVersions: [version('lt-b', 1, true, 'required')] });
    expect((await runCheck(check, { region: 'eu-west-1' })).map((f) => f.resource.id)).toEqual(['lt-a', 'lt-b']);
  });

  it('ERROR naming the permission when denied', async () => {
    ec2.on(DescribeLaunchTemplateVersionsCommand).rejects(awsError('UnauthorizedOperation'));
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('ec2:DescribeLaunchTemplateVersions') }]);
  });
});
