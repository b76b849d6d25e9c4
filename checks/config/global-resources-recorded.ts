import { defineCheck, type CheckResult } from '../../src/check/define.js';
import { isCustomerManagedRecorder, recordsGlobalIamTypes } from '../../src/lib/config-recorder.js';
import { formatArn } from '../../src/aws/arn.js';

export default defineCheck({
  id: 'config.global-resources-recorded',
  title: 'AWS Config records the global IAM resource types in at least one scanned region',
  description:
    'IAM users, groups, roles and customer managed policies are global: AWS Config records them only where a recorder asks for them ' +
    '(includeGlobalResourceTypes, an exclusion strategy that keeps them, or an inclusion list naming them), and CIS asks for that in one region ' +
    'so the history is not duplicated. One account-level verdict: PASS names the regions whose running recorder records them.',
  service: 'config',
  resourceType: 'AWS::Config::ConfigurationRecorder',
  severity: 'medium',
  duty: 'configuration-management',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'In one region where AWS Config could record IAM before February 2022 (e.g. us-east-1), set includeGlobalResourceTypes on the recorder and keep it recording.',
    cli: 'aws configservice put-configuration-recorder --region us-east-1 --configuration-recorder name=default,roleARN=<role-arn> --recording-group allSupported=true,includeGlobalResourceTypes=true',
    url: 'https://docs.aws.amazon.com/config/latest/developerguide/select-resources.html',
  },
  async run({ scope, inventory, result, regions }) {
    const ref = { arn: formatArn(scope.partition, 'config', '', scope.account, 'config-recorder/*'), id: scope.account };
    const perRegion = await result.forEach(regions, (region) => ({ arn: formatArn(scope.partition, 'config', region, scope.account, 'config-recorder/*'), id: region }), async (region) => {
      const [recorders, statuses] = await Promise.all([inventory.config.recorders(region), inventory.config.recorderStatuses(region)]);
      const rec = { arn: formatArn(scope.partition, 'config', region, scope.account, 'config-recorder/*'), id: region };
      const recording = recorders.filter(isCustomerManagedRecorder).filter((r) => {
        const s = statuses.find((x) => x.name === r.name);
        return s?.recording === true && s.lastStatus !== 'Failure';
      });
      const global = recording.filter((r) => recordsGlobalIamTypes(r.recordingGroup));
      return global.length
        ? result.pass(rec, `${region}: recorder ${global.map((r) => r.name).join(', ')} records global IAM resources`, { recorder: global[0]!.name ?? null })
        : result.fail(rec, recording.length ? `${region}: recorder ${recording.map((r) => r.name).join(', ')} does not record global IAM resources` : `${region}: no running recorder`, { recorder: recording[0]?.name ?? null });
    });
    const by = (s: CheckResult['status']) => perRegion.filter((r) => r.status === s).map((r) => r.resource.id);
    const evidence = { regionsRecordingGlobalResources: by('PASS'), regionsNotRecording: by('FAIL'), regionsUnreadable: by('ERROR') };
    if (evidence.regionsRecordingGlobalResources.length) {
      return [result.pass(ref, `AWS Config records global IAM resources in ${evidence.regionsRecordingGlobalResources.join(', ')}`, evidence)];
    }
    const errors = perRegion.filter((r) => r.status === 'ERROR');
    if (errors.length) {
      return [{ status: 'ERROR', resource: ref, message: `No readable region records global IAM resources; ${errors.map((r) => `${r.resource.id}: ${r.message}`).join('; ')}`, evidence }];
    }
    return [result.fail(ref, `No scanned region records global IAM resources (${perRegion.map((r) => r.message).join('; ')})`, evidence)];
  },
});
