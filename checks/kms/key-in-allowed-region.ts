import { defineCheck } from '../../src/check/define.js';
import { residencyVerdicts } from '../../src/check/kit/residency.js';

export default defineCheck({
  id: 'kms.key-in-allowed-region',
  title: 'KMS keys reside in the allowed regions',
  description:
    'A KMS key is regional and encrypts data in its own region; a key outside the configured allowedRegions, whether customer or AWS ' +
    'managed, shows that data was encrypted (and so stored) there. Without allowedRegions in the configuration the check reports nothing.',
  service: 'kms',
  resourceType: 'AWS::KMS::Key',
  severity: 'medium',
  duty: 'data-residency',
  serviceModel: 'SaaS',
  scope: 'regional',
  remediation: {
    text: 'Move the data the key protects to an allowed region, then schedule the key for deletion.',
    cli: 'aws kms schedule-key-deletion --key-id <key-id> --pending-window-in-days 30 --region <region>',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html',
  },
  options: { allowedRegions: [] as string[] },
  async run({ scope, inventory, result, options }) {
    if (!options.allowedRegions.length) return []; // not configured: nothing to judge against
    const keys = await inventory.kms.keys(scope.region);
    return residencyVerdicts(result, options.allowedRegions, keys.map((k) => ({
      ref: { arn: k.KeyArn ?? `arn:${scope.partition}:kms:${scope.region}:${scope.account}:key/${k.KeyId}`, id: k.KeyId! },
      label: `Key ${k.KeyId}`,
      region: scope.region,
    })));
  },
});
