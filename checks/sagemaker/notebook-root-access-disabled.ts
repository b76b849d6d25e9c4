import { defineCheck } from '../../src/check/define.js';
import { judgeNotebookInstances, requiredSetting } from '../../src/check/kit/sagemaker-notebooks.js';

export default defineCheck({
  id: 'sagemaker.notebook-root-access-disabled',
  title: 'Users of SageMaker notebook instances have no root access',
  description:
    'FSBP SageMaker.3. With root access (the default) every notebook user can change the instance\'s software, read every other ' +
    'user\'s files and the credentials of the notebook\'s execution role from the instance. Lifecycle configuration scripts keep ' +
    'running as root when it is disabled.',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::NotebookInstance',
  severity: 'high',
  duty: 'identity-access',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Stop the notebook instance, disable root access, start it again; move setup that needs root into a lifecycle configuration.',
    cli: 'aws sagemaker update-notebook-instance --notebook-instance-name <name> --root-access Disabled',
    url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-root-access.html',
  },
  async run(ctx) {
    return judgeNotebookInstances(ctx, (nb, ref) => {
      const root = requiredSetting(ctx.scope, nb, 'RootAccess');
      const evidence = { RootAccess: root };
      return root === 'Disabled'
        ? ctx.result.pass(ref, `Notebook instance ${nb.NotebookInstanceName} gives its users no root access`, evidence)
        : ctx.result.fail(ref, `Notebook instance ${nb.NotebookInstanceName} gives its users root access (RootAccess ${root})`, evidence);
    });
  },
});
