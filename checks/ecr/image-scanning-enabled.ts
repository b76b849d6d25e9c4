import type { RegistryScanningConfiguration } from '@aws-sdk/client-ecr';
import { defineCheck } from '../../src/check/define.js';
import { wildcardMatch } from '../../src/util/glob.js';

/**
 * ECR repository filters: a filter with a wildcard matches the whole name, `*` standing for any run
 * of characters; a filter without one matches every name that contains it.
 */
function filterMatches(filter: string, repositoryName: string): boolean {
  return filter.includes('*') ? wildcardMatch(filter, repositoryName) : repositoryName.includes(filter);
}

/** The registry rules that scan the repository automatically (on push or continuously). */
function automaticRules(config: RegistryScanningConfiguration, repositoryName: string) {
  return (config.rules ?? []).filter((r) => (r.scanFrequency === 'SCAN_ON_PUSH' || r.scanFrequency === 'CONTINUOUS_SCAN') && (r.repositoryFilters ?? []).some((f) => f.filter !== undefined && filterMatches(f.filter, repositoryName)));
}

export default defineCheck({
  id: 'ecr.image-scanning-enabled',
  title: 'ECR repositories have their images scanned for vulnerabilities automatically',
  description:
    'Images carry their own operating system packages and libraries; the customer owns their vulnerabilities. Judged per repository ' +
    'from the registry scanning configuration of the region (GetRegistryScanningConfiguration) and the repository\'s own setting: ' +
    'with ENHANCED scanning (Amazon Inspector) a repository passes when a SCAN_ON_PUSH or CONTINUOUS_SCAN rule has a filter that ' +
    'matches its name (a filter with * matches the whole name, one without matches names containing it); the repository-level ' +
    'scanOnPush flag does not apply then. With BASIC scanning a repository passes when a registry SCAN_ON_PUSH rule matches it or ' +
    'its own imageScanningConfiguration.scanOnPush is true. Duty app-configuration, not patch-management: in the SRM matrix the ' +
    'host layer of a PaaS service is the provider\'s, while the image and its contents are configured by the customer.',
  service: 'ecr',
  resourceType: 'AWS::ECR::Repository',
  severity: 'medium',
  duty: 'app-configuration',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Turn on enhanced scanning (Amazon Inspector) for the registry with a rule covering every repository, or at least basic scan on push.',
    cli: 'aws ecr put-registry-scanning-configuration --scan-type ENHANCED --rules \'[{"scanFrequency":"CONTINUOUS_SCAN","repositoryFilters":[{"filter":"*","filterType":"WILDCARD"}]}]\'',
    url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html',
  },
  async run({ scope, inventory, result }) {
    const [repositories, config] = await Promise.all([inventory.ecr.repositories(scope.region), inventory.ecr.registryScanningConfiguration(scope.region)]);
    return repositories.map((r) => {
      const ref = { arn: r.repositoryArn!, id: r.repositoryName! };
      const rules = automaticRules(config, r.repositoryName!);
      const enhanced = config.scanType === 'ENHANCED';
      const scanOnPush = r.imageScanningConfiguration?.scanOnPush ?? false;
      const evidence = {
        scanType: config.scanType ?? null,
        matchingRules: rules.map((x) => ({ scanFrequency: x.scanFrequency ?? null, repositoryFilters: (x.repositoryFilters ?? []).map((f) => f.filter ?? '') })),
        scanOnPush,
      };
      if (rules.length) return result.pass(ref, `Repository ${r.repositoryName} is scanned by a ${config.scanType} registry rule (${rules[0]!.scanFrequency})`, evidence);
      if (!enhanced && scanOnPush) return result.pass(ref, `Repository ${r.repositoryName} scans images on push (basic scanning)`, evidence);
      return result.fail(ref, enhanced
        ? `Repository ${r.repositoryName} matches no enhanced scanning rule of the registry`
        : `Repository ${r.repositoryName} has no scan on push and no basic scanning rule of the registry matches it`, evidence);
    });
  },
});
