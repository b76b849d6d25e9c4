import { defineCheck } from '../../src/check/define.js';

export default defineCheck({
  id: 'ecr.tag-immutability-enabled',
  title: 'ECR repositories do not let image tags be overwritten',
  description:
    'With mutable tags anyone who may push can replace the image behind a deployed tag (v1.4.2) without changing the tag, so what ' +
    'runs is not what was reviewed and scanned. Passes when imageTagMutability is IMMUTABLE, or IMMUTABLE_WITH_EXCLUSION (every tag ' +
    'immutable except those matching imageTagMutabilityExclusionFilters, typically "latest"; the filters are in the evidence, and ' +
    'option allowExclusions: false makes them fail). Fails on MUTABLE and MUTABLE_WITH_EXCLUSION (mutable except the filtered tags).',
  service: 'ecr',
  resourceType: 'AWS::ECR::Repository',
  severity: 'medium',
  duty: 'app-configuration',
  serviceModel: 'PaaS',
  scope: 'regional',
  options: { allowExclusions: true },
  remediation: {
    text: 'Make the repository\'s tags immutable; deploy by immutable tag or digest.',
    cli: 'aws ecr put-image-tag-mutability --repository-name <repository> --image-tag-mutability IMMUTABLE',
    url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html',
  },
  async run({ scope, inventory, result, options }) {
    const repositories = await inventory.ecr.repositories(scope.region);
    return repositories.map((r) => {
      const ref = { arn: r.repositoryArn!, id: r.repositoryName! };
      // AWS documents MUTABLE as the default when the setting is not given.
      const mutability = r.imageTagMutability ?? 'MUTABLE';
      const exclusions = (r.imageTagMutabilityExclusionFilters ?? []).map((f) => f.filter ?? '');
      const evidence = { imageTagMutability: mutability, imageTagMutabilityExclusionFilters: exclusions };
      if (mutability === 'IMMUTABLE') return result.pass(ref, `Repository ${r.repositoryName} has immutable tags`, evidence);
      if (mutability === 'IMMUTABLE_WITH_EXCLUSION') {
        return options.allowExclusions
          ? result.pass(ref, `Repository ${r.repositoryName} has immutable tags except those matching ${exclusions.join(', ')}`, evidence)
          : result.fail(ref, `Repository ${r.repositoryName} lets tags matching ${exclusions.join(', ')} be overwritten`, evidence);
      }
      return result.fail(ref, `Repository ${r.repositoryName} has ${mutability} tags`, evidence);
    });
  },
});
