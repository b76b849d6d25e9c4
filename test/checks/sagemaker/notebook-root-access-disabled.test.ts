import { DescribeNotebookInstanceCommand, ListNotebookInstancesCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/sagemaker/notebook-root-access-disabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { hardened, notebook, summary } from './fixtures.js';

const sm = mockClient(SageMakerClient);
beforeEach(() => sm.reset());
const R = { region: 'eu-west-1' };

describe('sagemaker.notebook-root-access-disabled', () => {
  it('PASS for the hardened notebook, FAIL for the default one, ERROR when the RootAccess AWS always returns is missing', async () => {
    sm.on(ListNotebookInstancesCommand).resolves({ NotebookInstances: [summary('a-hardened'), summary('b-default'), summary('c-missing')] });
    sm.on(DescribeNotebookInstanceCommand, { NotebookInstanceName: 'a-hardened' }).resolves(notebook('a-hardened', hardened));
    sm.on(DescribeNotebookInstanceCommand, { NotebookInstanceName: 'b-default' }).resolves(notebook('b-default'));
    sm.on(DescribeNotebookInstanceCommand, { NotebookInstanceName: 'c-missing' }).resolves(notebook('c-missing', { RootAccess: undefined }));
    expect(await runCheck(check, R)).toMatchObject([
      { status: 'PASS', resource: { id: 'a-hardened', arn: 'arn:aws:sagemaker:eu-west-1:111122223333:notebook-instance/a-hardened' }, evidence: { RootAccess: 'Disabled' } },
      { status: 'FAIL', resource: { id: 'b-default' }, evidence: { RootAccess: 'Enabled' }, srm: { duty: 'identity-access', serviceModel: 'PaaS' } },
      { status: 'ERROR', resource: { id: 'c-missing' }, message: expect.stringContaining('RootAccess') },
    ]);
    expect(sm.commandCalls(DescribeNotebookInstanceCommand)).toHaveLength(3);
  });

  it('ERROR for the one notebook whose Describe is denied; ERROR naming the permission when the list is denied', async () => {
    sm.on(ListNotebookInstancesCommand).resolves({ NotebookInstances: [summary('a')] });
    sm.on(DescribeNotebookInstanceCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, R)).toMatchObject([{ status: 'ERROR', resource: { id: 'a' }, message: expect.stringContaining('sagemaker:DescribeNotebookInstance') }]);
    sm.reset();
    sm.on(ListNotebookInstancesCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, R)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('sagemaker:ListNotebookInstances') }]);
  });
});
