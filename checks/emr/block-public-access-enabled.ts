import { defineCheck } from '../../src/check/define.js';
import { invalidData } from '../../src/aws/invalid-data.js';
import { emrBlockPublicAccessRef } from '../../src/check/kit/service-refs.js';

export default defineCheck({
  id: 'emr.block-public-access-enabled',
  title: 'EMR block public access is enabled in the region',
  description:
    'FSBP EMR.2. With block public access on, EMR refuses to launch a cluster whose security groups allow inbound traffic from ' +
    '0.0.0.0/0 or ::/0 on any port outside the permitted ranges (port 22 by default): cluster nodes run Hadoop, Spark and Jupyter ' +
    'web interfaces that were never meant for the internet. On by default since 2019 in most regions, but it can be turned off. ' +
    'The permitted ranges are in the evidence. AWS always returns BlockPublicSecurityGroupRules; an answer without it is ERROR.',
  service: 'emr',
  resourceType: 'AWS::EMR::BlockPublicAccessConfiguration',
  severity: 'critical',
  duty: 'network-access',
  serviceModel: 'IaaS',
  scope: 'regional',
  remediation: {
    text: 'Turn block public access on for the region, permitting no port (or only 22 where SSH from anywhere is truly needed).',
    cli: 'aws emr put-block-public-access-configuration --block-public-access-configuration BlockPublicSecurityGroupRules=true',
    url: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-block-public-access.html',
  },
  async run({ scope, inventory, result }) {
    const bpa = await inventory.emr.blockPublicAccess(scope.region);
    if (typeof bpa.BlockPublicSecurityGroupRules !== 'boolean') {
      throw invalidData({ service: 'emr', operation: 'GetBlockPublicAccessConfiguration', account: scope.account, region: scope.region }, 'the answer has no BlockPublicSecurityGroupRules');
    }
    const ref = emrBlockPublicAccessRef(scope);
    const ranges = (bpa.PermittedPublicSecurityGroupRuleRanges ?? []).map((r) => (r.MaxRange === undefined || r.MaxRange === r.MinRange ? String(r.MinRange) : `${r.MinRange}-${r.MaxRange}`));
    const evidence = { BlockPublicSecurityGroupRules: bpa.BlockPublicSecurityGroupRules, PermittedPublicSecurityGroupRuleRanges: ranges };
    return [
      bpa.BlockPublicSecurityGroupRules
        ? result.pass(ref, `EMR block public access is on in ${scope.region}${ranges.length ? ` (public ports permitted: ${ranges.join(', ')})` : ''}`, evidence)
        : result.fail(ref, `EMR block public access is off in ${scope.region}`, evidence),
    ];
  },
});
