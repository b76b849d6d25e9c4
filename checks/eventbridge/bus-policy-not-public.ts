import { parseOrInvalid } from '../../src/aws/invalid-data.js';
import { defineCheck } from '../../src/check/define.js';
import { resourcePolicyVerdict } from '../../src/check/kit/resource-policy-verdict.js';
import { parsePolicyDocument } from '../../src/lib/iam-policy.js';

export default defineCheck({
  id: 'eventbridge.bus-policy-not-public',
  title: 'EventBridge event bus policies do not grant access to everyone',
  description:
    'An event bus policy statement that allows a wildcard principal without a condition pinning the caller (aws:PrincipalOrgID, ' +
    'aws:SourceAccount, aws:SourceArn, events:creatorAccount for rule management, …) lets any AWS account put events on the bus, ' +
    'and so trigger every rule and target behind it, or manage its rules when such actions are granted. Read with the project\'s one resource-policy analyser (src/lib/resource-policy.ts); ' +
    'the public statements are the evidence. Every bus is judged, the default bus included: `put-permission --principal "*"` writes ' +
    'to the default bus\'s policy. A bus without a policy passes (only its own account may use it). Policies come with ListEventBuses, ' +
    'so no per-bus call is made. Security Hub FSBP EventBridge.3 (custom buses should have a policy) is a different control.',
  service: 'eventbridge',
  resourceType: 'AWS::Events::EventBus',
  severity: 'high',
  duty: 'identity-access',
  serviceModel: 'SaaS',
  scope: 'regional',
  remediation: {
    text: 'Replace the wildcard principal with the accounts that send events, or add an aws:PrincipalOrgID condition for your organization.',
    cli: 'aws events put-permission --event-bus-name <bus> --policy file://policy.json',
    url: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-bus-perms.html',
  },
  async run({ scope, inventory, result }) {
    const buses = await inventory.eventbridge.eventBuses(scope.region);
    const ref = (b: (typeof buses)[number]) => ({ arn: b.Arn!, id: b.Name! });
    const source = { service: 'eventbridge' as const, operation: 'ListEventBuses', account: scope.account, region: scope.region };
    return result.forEach(buses, ref, async (b) => {
      const doc = b.Policy ? parseOrInvalid(source, `policy of event bus ${b.Name}`, () => parsePolicyDocument(b.Policy!)) : null;
      return resourcePolicyVerdict(result, ref(b), `Event bus ${b.Name}`, doc, 'eventbridge');
    });
  },
});
