import { defineCheck } from '../../src/check/define.js';
import { judgeNotebookInstances } from '../../src/check/kit/sagemaker-notebooks.js';

export default defineCheck({
  id: 'sagemaker.notebook-kms-encrypted',
  title: 'SageMaker notebook instance volumes are encrypted with a customer managed KMS key',
  description:
    'The notebook\'s ML storage volume holds the notebooks, downloaded data sets and anything the users saved. With a KmsKeyId the ' +
    'customer controls who may decrypt it and sees every use in CloudTrail; without one the volume is not under a key the customer ' +
    'controls. AWS Config rule sagemaker-notebook-instance-kms-key-configured.',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::NotebookInstance',
  severity: 'medium',
  duty: 'data-encryption',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Recreate the notebook instance with a customer managed KMS key (the key cannot be changed in place); copy the notebooks across first.',
    url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest-nbi.html',
  },
  async run(ctx) {
    return judgeNotebookInstances(ctx, (nb, ref) => {
      const evidence = { KmsKeyId: nb.KmsKeyId ?? null };
      return nb.KmsKeyId
        ? ctx.result.pass(ref, `Notebook instance ${nb.NotebookInstanceName} encrypts its volume with KMS key ${nb.KmsKeyId}`, evidence)
        : ctx.result.fail(ref, `Notebook instance ${nb.NotebookInstanceName} names no KMS key for its volume`, evidence);
    });
  },
});
