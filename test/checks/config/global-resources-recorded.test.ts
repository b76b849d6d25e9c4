import { ConfigServiceClient, DescribeConfigurationRecordersCommand, DescribeConfigurationRecorderStatusCommand, type ConfigurationRecorder } from '@aws-sdk/client-config-service';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/config/global-resources-recorded.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const cfg = mockClient(ConfigServiceClient);
beforeEach(() => cfg.reset());
const REGIONS = ['us-east-1', 'eu-west-1'];
const recorder = (includeGlobalResourceTypes: boolean): ConfigurationRecorder => ({ name: 'default', roleARN: 'arn:aws:iam::111122223333:role/config', recordingGroup: { allSupported: true, includeGlobalResourceTypes } });
/** Answers per region: the mock sees each client's region. */
const perRegion = (byRegion: Record<string, { recorders: ConfigurationRecorder[]; recording?: boolean } | 'denied'>) => {
  cfg.on(DescribeConfigurationRecordersCommand).callsFake(async (_input, getClient: () => ConfigServiceClient) => {
    const r = byRegion[await getClient().config.region()];
    if (r === 'denied') throw awsError('AccessDeniedException');
    return { ConfigurationRecorders: r?.recorders ?? [] };
  });
  cfg.on(DescribeConfigurationRecorderStatusCommand).callsFake(async (_input, getClient: () => ConfigServiceClient) => {
    const r = byRegion[await getClient().config.region()];
    if (r === 'denied') throw awsError('AccessDeniedException');
    return { ConfigurationRecordersStatus: (r?.recorders ?? []).map((x) => ({ name: x.name, recording: r?.recording ?? true, lastStatus: 'Success' })) };
  });
};

describe('config.global-resources-recorded', () => {
  it('PASS (one account-level verdict) when one scanned region records global IAM resources', async () => {
    perRegion({ 'us-east-1': { recorders: [recorder(true)] }, 'eu-west-1': { recorders: [recorder(false)] } });
    expect(await runCheck(check, { regions: REGIONS })).toMatchObject([
      { status: 'PASS', region: 'global', resource: { id: '111122223333' }, evidence: { regionsRecordingGlobalResources: ['us-east-1'], regionsNotRecording: ['eu-west-1'] } },
    ]);
  });

  it('FAIL when no region does, including a stopped recorder that would', async () => {
    perRegion({ 'us-east-1': { recorders: [recorder(true)], recording: false }, 'eu-west-1': { recorders: [recorder(false)] } });
    expect(await runCheck(check, { regions: REGIONS })).toMatchObject([{ status: 'FAIL', evidence: { regionsRecordingGlobalResources: [], regionsNotRecording: ['us-east-1', 'eu-west-1'] } }]);
  });

  it('PASS despite an unreadable region when another qualifies; ERROR when none qualifies and one is unreadable', async () => {
    perRegion({ 'us-east-1': 'denied', 'eu-west-1': { recorders: [recorder(true)] } });
    expect(await runCheck(check, { regions: REGIONS })).toMatchObject([{ status: 'PASS', evidence: { regionsRecordingGlobalResources: ['eu-west-1'], regionsUnreadable: ['us-east-1'] } }]);
    cfg.reset();
    perRegion({ 'us-east-1': 'denied', 'eu-west-1': { recorders: [recorder(false)] } });
    expect(await runCheck(check, { regions: REGIONS })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('config:DescribeConfigurationRecorders') }]);
  });
});
