import { defineCheck } from '../../src/check/define.js';
import { isCustomerManagedRecorder, recordsAllSupported } from '../../src/lib/config-recorder.js';
import { formatArn } from '../../src/aws/arn.js';

export default defineCheck({
  id: 'config.recorder-enabled',
  title: 'AWS Config records all supported resource types in every scanned region',
  description:
    'AWS Config keeps the configuration history that drift detection and incident investigation rely on. Passes when the region\'s ' +
    'customer-managed recorder is recording, records all supported resource types, and its last status is not Failure. Service-linked ' +
    'recorders (created by other AWS services for their own needs) do not count. Whether global IAM resources are recorded is evidence here ' +
    'and judged once per account by config.global-resources-recorded.',
  service: 'config',
  resourceType: 'AWS::Config::ConfigurationRecorder',
  severity: 'medium',
  duty: 'configuration-management',
  serviceModel: 'SaaS',
  scope: 'regional',
  remediation: {
    text: 'Create a configuration recorder for all supported resource types with a delivery channel, and start it.',
    cli: 'aws configservice put-configuration-recorder --configuration-recorder name=default,roleARN=<role-arn> --recording-group allSupported=true,includeGlobalResourceTypes=true && aws configservice start-configuration-recorder --configuration-recorder-name default',
    url: 'https://docs.aws.amazon.com/config/latest/developerguide/stop-start-recorder.html',
  },
  async run({ scope, inventory, result }) {
    const [all, statuses] = await Promise.all([inventory.config.recorders(scope.region), inventory.config.recorderStatuses(scope.region)]);
    const arn = (name: string) => formatArn(scope.partition, 'config', scope.region, scope.account, `config-recorder/${name}`);
    const recorders = all.filter(isCustomerManagedRecorder);
    if (!recorders.length) {
      const serviceLinked = all.map((r) => r.name ?? r.arn ?? null);
      return [result.fail({ arn: arn('*'), id: `${scope.account}/${scope.region}` }, `AWS Config has no customer-managed recorder in ${scope.region}`, { recorders: 0, serviceLinkedRecorders: serviceLinked })];
    }
    return recorders.map((r) => {
      const status = statuses.find((s) => s.name === r.name);
      const allSupported = recordsAllSupported(r.recordingGroup);
      const evidence = {
        recording: status?.recording ?? null,
        lastStatus: status?.lastStatus ?? null,
        allSupported: r.recordingGroup?.allSupported ?? null,
        useOnly: r.recordingGroup?.recordingStrategy?.useOnly ?? null,
        includeGlobalResourceTypes: r.recordingGroup?.includeGlobalResourceTypes ?? null,
      };
      const ref = { arn: r.arn ?? arn(r.name ?? 'default'), id: r.name ?? 'default' };
      const problems = [
        status?.recording !== true && 'is not recording',
        !allSupported && 'does not record all supported resource types',
        status?.lastStatus === 'Failure' && `last status is Failure (${status.lastErrorCode ?? 'no error code'})`,
      ].filter(Boolean);
      return problems.length
        ? result.fail(ref, `Config recorder ${r.name} in ${scope.region} ${problems.join(', ')}`, evidence)
        : result.pass(ref, `Config recorder ${r.name} records all supported resource types in ${scope.region}`, evidence);
    });
  },
});
