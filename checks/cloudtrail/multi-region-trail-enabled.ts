import { defineCheck } from '../../src/check/define.js';
import { accountTrailsRef, managementTrailVerdict, trailRef, trailSetVerdict } from '../../src/check/kit/trails.js';

export default defineCheck({
  id: 'cloudtrail.multi-region-trail-enabled',
  title: 'A multi-region CloudTrail trail is logging all management events',
  description:
    'Only a multi-region trail records API activity in every region, including regions nobody expects to be used. CIS asks for at least one ' +
    'that is logging and records all management events, read and write. An organization trail from the management account counts. ' +
    'One account-level verdict: PASS names the qualifying trail; FAIL says why each trail falls short.',
  service: 'cloudtrail',
  resourceType: 'AWS::CloudTrail::Trail',
  severity: 'high',
  duty: 'logging',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'Create a multi-region trail (or an organization trail) that logs all management events, and start logging.',
    cli: 'aws cloudtrail create-trail --name main --s3-bucket-name <bucket> --is-multi-region-trail && aws cloudtrail start-logging --name main',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-create-and-update-a-trail.html',
  },
  async run({ scope, inventory, result, regions }) {
    const trails = await inventory.cloudtrail.allTrails(regions);
    const judged = await result.forEach(trails, trailRef, async (t) => {
      const { problem, evidence } = await managementTrailVerdict(inventory.cloudtrail, t);
      return problem
        ? result.fail(trailRef(t), `Trail ${t.Name} ${problem}`, evidence)
        : result.pass(trailRef(t), `Trail ${t.Name} is multi-region, logging and records all management events`, evidence);
    });
    return [trailSetVerdict(accountTrailsRef(scope), judged, 'is multi-region, logging and records all management events', regions)];
  },
});
