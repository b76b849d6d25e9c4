import { defineCheck } from '../../src/check/define.js';
import { trailHomeRegion } from '../../src/aws/arn.js';
import { trailRef } from '../../src/check/kit/trails.js';

export default defineCheck({
  id: 'cloudtrail.log-file-validation-enabled',
  title: 'CloudTrail trails validate the integrity of delivered log files',
  description: 'Digest files let an investigator prove that delivered CloudTrail logs were not altered or deleted after delivery.',
  service: 'cloudtrail',
  resourceType: 'AWS::CloudTrail::Trail',
  severity: 'medium',
  duty: 'logging',
  serviceModel: 'SaaS',
  scope: 'regional',
  remediation: {
    text: 'Enable log file validation on the trail.',
    cli: 'aws cloudtrail update-trail --name <trail> --enable-log-file-validation',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html',
  },
  async run({ scope, inventory, result }) {
    const trails = await inventory.cloudtrail.trails(scope.region);
    return trails
      // Judge a multi-region or organization trail once, in its home region, not in every shadow copy.
      .filter((t) => trailHomeRegion(t) === scope.region)
      .map((t) =>
        t.LogFileValidationEnabled
          ? result.pass(trailRef(t), `Trail ${t.Name} validates log files`, { LogFileValidationEnabled: true })
          : result.fail(trailRef(t), `Trail ${t.Name} does not validate log files`, { LogFileValidationEnabled: false }),
      );
  },
});
